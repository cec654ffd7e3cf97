"""The ticket PDF: content, paper sizes, Arabic shaping and order, QR codes."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from ticket_samples import CATALOG, PASSPORT, RESIDENCE, make_ticket

from kiosk.devices.bidi_text import layout, shape, visual
from kiosk.devices.fonts import register_fonts
from kiosk.devices.qr import QUIET_ZONE, qr_matrix
from kiosk.devices.ticket_content import ticket_langs
from kiosk.devices.ticket_pdf import PdfTicketRenderer
from kiosk.domain.catalog import Service

MM80 = 226.77


def render(tmp_path: Path, paper: str = "80mm", service: Service = PASSPORT,
           lang: str = "fr", **kwargs: object) -> Path:
    out = tmp_path / f"{paper}-{lang}-{service.id}.pdf"
    ticket = make_ticket(service, lang, **kwargs)  # type: ignore[arg-type]
    assert PdfTicketRenderer(paper).render(ticket, CATALOG, out) == out
    return out


def text_of(pdf: Path) -> str:
    """All the text, with Arabic presentation forms folded back to plain letters."""
    reader = PdfReader(pdf)
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFKC", raw)


def fonts_of(pdf: Path) -> set[str]:
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():  # type: ignore[index]
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@pytest.mark.parametrize("paper", ["80mm", "a6", "a4"])
@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
@pytest.mark.parametrize("service", [PASSPORT, RESIDENCE], ids=["online", "offline"])
def test_every_ticket_carries_number_service_and_labels(tmp_path: Path, paper: str, lang: str,
                                                        service: Service) -> None:
    pdf = render(tmp_path, paper, service, lang)
    text = text_of(pdf)
    assert "C-017" in text
    assert service.names["fr"] in text
    assert service.names["ar"] in text
    assert "09:42" in text and "14/07/2025" in text
    assert "30/06/2025" in text  # "indicative, checked on"
    for doc in service.documents:
        assert doc.names["fr"] in text.replace("\n", " ")
    if lang == "en":
        assert "Your ticket" in text and "Keep this ticket" in text
    else:
        assert "Your ticket" not in text
    assert ("passeport.ma" in text) == (service.online is not None)


def test_languages_are_the_visitors_then_arabic_and_french_once() -> None:
    assert ticket_langs("fr") == ["fr", "ar"]
    assert ticket_langs("ar") == ["ar", "fr"]
    assert ticket_langs("en") == ["en", "ar", "fr"]


def test_80mm_roll_is_80mm_wide_and_as_long_as_its_content(tmp_path: Path) -> None:
    short = PdfReader(render(tmp_path, service=RESIDENCE, lang="fr")).pages[0].mediabox
    long = PdfReader(render(tmp_path, service=PASSPORT, lang="en")).pages[0].mediabox
    for box in (short, long):
        assert float(box.width) == pytest.approx(MM80, abs=0.5)
    assert float(short.height) > 2 * MM80
    assert float(long.height) > float(short.height) + 100


def test_a4_and_a6_pages(tmp_path: Path) -> None:
    a4 = PdfReader(render(tmp_path, "a4", lang="en"))
    assert len(a4.pages) == 1
    assert float(a4.pages[0].mediabox.width) == pytest.approx(595.3, abs=0.5)
    assert float(a4.pages[0].mediabox.height) == pytest.approx(841.9, abs=0.5)
    a6 = PdfReader(render(tmp_path, "a6", service=RESIDENCE, lang="fr"))
    assert len(a6.pages) == 1
    assert float(a6.pages[0].mediabox.width) == pytest.approx(297.6, abs=0.5)


def test_a_long_a6_ticket_continues_on_a_page_headed_by_its_number(tmp_path: Path) -> None:
    reader = PdfReader(render(tmp_path, "a6", PASSPORT, "en", priority="elderly"))
    assert len(reader.pages) == 2
    assert reader.pages[1].extract_text().startswith("C-017 · 2/2")


def test_arabic_is_shaped_and_embedded_in_naskh(tmp_path: Path) -> None:
    pdf = render(tmp_path, lang="ar")
    raw = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    presentation = [ch for ch in raw if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"]
    assert len(presentation) > 100, "Arabic letters were not replaced by joined forms"
    assert {"NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold", "NotoSans-Bold"} <= fonts_of(pdf)
    # The PDF reader puts the right-to-left runs back in reading order: the words
    # come out whole, in the right order, so they were drawn in visual order.
    text = text_of(pdf)
    for words in ("تذكرتك", "عمالة طنجة أصيلة", "جواز السفر البيومتري", "احتفظ بهذه التذكرة"):
        assert words in text


def test_tifinagh_tickets_embed_the_tifinagh_font(tmp_path: Path) -> None:
    pdf = render(tmp_path, service=RESIDENCE, lang="zgh")
    assert "NotoSansTifinagh-Regular" in fonts_of(pdf)
    assert "ⵜⴰⴽⴰⵔⴹⴰ" in text_of(pdf)


def test_visual_order_of_an_arabic_word() -> None:
    shown = visual(shape("تذكرتك"), rtl=True)
    assert shown[0] == "\ufeda"  # kaf, final form: the last letter is drawn leftmost
    assert shown[-1] == "\ufe97"  # teh, initial form: the first letter is drawn rightmost


def test_brackets_in_arabic_are_mirrored_so_they_enclose_the_words() -> None:
    shown = visual(shape("الوثيقة (في حالة التجديد)"), rtl=True)
    # Drawn left to right, the closing bracket of the reading order comes first on the
    # left and must look like "(" to a reader; the opening one, on the right, like ")".
    assert shown.startswith("(") and shown.rstrip().split(" ")[-2].endswith(")")


def test_mixed_lines_keep_latin_and_numbers_readable() -> None:
    fonts = register_fonts()
    line = layout(fonts, "رقم تذكرتك C-017 على passeport.ma في 14:05", 10, 500)[0]
    assert line.rtl
    assert "C-017" in line.text and "passeport.ma" in line.text and "14:05" in line.text
    # Reading right to left: "رقم" first (rightmost), "في 14:05" last (leftmost).
    assert line.text.startswith("14:05")
    assert line.text.endswith(shape("رقم")[::-1])
    fonts_used = {run.font for run in line.runs}
    assert fonts_used == {fonts.name("arabic"), fonts.name("latin")}


def test_wrapped_arabic_reads_top_to_bottom() -> None:
    fonts = register_fonts()
    text = "الرسوم والآجال إرشادية، تم التحقق منها بتاريخ 30/06/2025"
    lines = layout(fonts, text, 10, 90)
    assert len(lines) >= 2
    assert all(line.width <= 90 for line in lines)
    assert lines[0].text.endswith(shape("الرسوم")[::-1])  # first words on the first line
    assert lines[-1].text.startswith("30/06/2025")


def test_priority_marker_only_on_priority_tickets(tmp_path: Path) -> None:
    assert "Prioritaire" in text_of(render(tmp_path, priority="elderly"))
    assert "Prioritaire" not in text_of(render(tmp_path, "a4"))


def test_unknown_documents_are_left_out(tmp_path: Path) -> None:
    text = text_of(render(tmp_path, documents=("photos", "no-such-document")))
    assert "Deux photos d'identité récentes" in text
    assert "no-such-document" not in text and "CNIE" not in text


def test_rendering_leaves_no_temporary_file(tmp_path: Path) -> None:
    render(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["80mm-fr-passport.pdf"]


def test_missing_fonts_fail_as_an_os_error(tmp_path: Path) -> None:
    renderer = PdfTicketRenderer("80mm", fonts_dir=tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="ticket font missing"):
        renderer.render(make_ticket(), CATALOG, tmp_path / "t.pdf")


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown paper"):
        PdfTicketRenderer("a5")


# --- QR codes ------------------------------------------------------------------------


def drawn_qr_codes(pdf: Path) -> list[tuple[list[list[bool]], float]]:
    """Each QR drawn on the first page: its matrix (no quiet zone) and its clear margin.

    A QR is drawn as one white square (the code with its quiet zone) then one path of
    dark rectangles; both are read back from the page's content stream.
    """
    reader = PdfReader(pdf)
    ops = ContentStream(reader.pages[0].get_contents(), reader).operations
    codes = []
    rects: list[tuple[float, ...]] = []
    background: tuple[float, ...] | None = None
    for operands, op in ops:
        if op == b"re":
            rects.append(tuple(float(v) for v in operands))
        elif op in (b"f", b"f*", b"F"):
            if len(rects) == 1:
                background = rects[0]
            elif len(rects) > 20 and background is not None:
                codes.append(_matrix(rects, background))
            rects = []
        elif op in (b"S", b"n", b"B", b"b"):
            rects = []
    return codes


def _matrix(rects: list[tuple[float, ...]], background: tuple[float, ...],
            ) -> tuple[list[list[bool]], float]:
    module = min(h for *_, h in rects)
    left = min(x for x, *_ in rects)
    top = max(y + h for _, y, _, h in rects)
    count = round((max(x + w for x, _, w, _ in rects) - left) / module)
    grid = [[False] * count for _ in range(count)]
    for x, y, w, h in rects:
        row = round((top - y - h) / module)
        for col in range(round((x - left) / module), round((x + w - left) / module)):
            grid[row][col] = True
    bx, by, bw, bh = background
    assert bw == pytest.approx(bh)  # square
    assert bw / module == pytest.approx(count + 2 * QUIET_ZONE, abs=0.01)
    assert (by + bh - top) / module == pytest.approx(QUIET_ZONE, abs=0.01)
    return grid, (left - bx) / module


def without_quiet_zone(matrix: list[list[bool]]) -> list[list[bool]]:
    return [row[QUIET_ZONE:-QUIET_ZONE] for row in matrix[QUIET_ZONE:-QUIET_ZONE]]


@pytest.mark.parametrize("paper", ["80mm", "a6", "a4"])
def test_the_qr_codes_drawn_are_the_payloads_with_a_quiet_zone(tmp_path: Path,
                                                              paper: str) -> None:
    ticket = make_ticket()
    codes = drawn_qr_codes(render(tmp_path, paper))
    assert len(codes) == 2
    expected = [without_quiet_zone(qr_matrix(ticket.qr_payload)),
                without_quiet_zone(qr_matrix(PASSPORT.online.url))]  # type: ignore[union-attr]
    assert [grid for grid, _ in codes] == expected
    assert all(margin == pytest.approx(QUIET_ZONE, abs=0.01) for _, margin in codes)


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("pdftoppm"),
                    reason="decoding the printed QR needs zbarimg (apt-get install "
                           "zbar-tools) and pdftoppm (poppler-utils)")
def test_the_printed_qr_codes_decode_back(tmp_path: Path) -> None:
    pdf = render(tmp_path, lang="ar")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(tmp_path / "p")],
                   check=True)
    found = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable",
                            *map(str, sorted(tmp_path.glob("p*.png")))],
                           capture_output=True, text=True, check=False).stdout.split()
    assert sorted(found) == sorted([make_ticket().qr_payload, "https://www.passeport.ma"])
