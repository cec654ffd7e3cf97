"""``kiosk keys``, ``kiosk prereg`` and ``kiosk scan``: scanning's commands (no Qt)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.errors import InputError


def add_commands(sub: Any) -> None:
    """Register the scanning commands on the ``kiosk`` parser's subparsers."""
    keys = sub.add_parser("keys", help="this kiosk's signing key and the trusted public keys")
    ksub = keys.add_subparsers(dest="keys_command", required=True)
    p = ksub.add_parser("create", help="create the signing key (kept if it exists); print "
                                       "its public key")
    p.set_defaults(handler=_keys_create)
    p = ksub.add_parser("list", help="the local key and every trusted public key")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_keys_list)
    p = ksub.add_parser("import", help="trust a public key (PEM) under a label")
    p.add_argument("file", help="PEM file of an Ed25519 or P-256 public key")
    p.add_argument("--label", required=True, help='who holds it: "centre", a site code...')
    p.set_defaults(handler=_keys_import)

    p = sub.add_parser("scan", help="decode QR codes in an image, folder, video or camera")
    p.add_argument("source", help="image, folder of images, video file, camera index or "
                                  "/dev/videoN")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--all-frames", action="store_true",
                   help="also a line for each frame in which no code was found")
    p.add_argument("--decoder", choices=("zxing", "pyzbar"), default="zxing")
    p.add_argument("--max-frames", type=int, default=0, help="stop after N frames (cameras)")
    p.set_defaults(handler=_scan)

    prereg = sub.add_parser("prereg", help="signed pre-registration QR codes")
    psub = prereg.add_subparsers(dest="prereg_command", required=True)
    p = psub.add_parser("make", help="make a signed pre-registration QR (PNG or PDF)")
    p.add_argument("service_id")
    p.add_argument("--field", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--lang", default="fr")
    p.add_argument("--out", required=True, help="FILE.png or FILE.pdf")
    p.set_defaults(handler=_prereg_make)


def parse_field_args(items: list[str]) -> dict[str, str]:
    """``--field KEY=VALUE`` arguments as a dict; InputError names the argument's
    position, never its value (it may be a visitor's name)."""
    fields: dict[str, str] = {}
    for number, item in enumerate(items, start=1):
        key, sep, value = item.partition("=")
        if not sep or not key.isidentifier():
            raise InputError(f"--field number {number} wants KEY=VALUE")
        if key in fields:
            raise InputError(f"--field {key} is given twice")
        fields[key] = value
    return fields


def _data(args: argparse.Namespace) -> Path:
    return paths.data_dir(args.data_dir)


def _keys_create(args: argparse.Namespace) -> int:
    from kiosk.domain.payloads import key_id
    from kiosk.keys import load_or_create_signing_key, public_key_pem
    key = load_or_create_signing_key(_data(args))
    print(f"key id {key_id(key.public_key()).hex()}")
    print(public_key_pem(key.public_key()), end="")
    return 0


def _keys_list(args: argparse.Namespace) -> int:
    from kiosk.keys import list_keys
    for info in list_keys(_data(args)):
        row = {"label": info.label, "kid": info.kid, "algorithm": info.algorithm,
               "local": info.local, "path": str(info.path)}
        print(json.dumps(row) if args.json else
              f"{row['kid']}  {row['algorithm']:8} {row['label']}"
              + ("  (this kiosk)" if info.local else ""))
    return 0


def _keys_import(args: argparse.Namespace) -> int:
    from kiosk.keys import import_public_key
    info = import_public_key(_data(args), Path(args.file), args.label)
    print(f"trusted {info.label} ({info.kid})")
    return 0


def _prereg_make(args: argparse.Namespace) -> int:
    from kiosk.catalog_loader import load_catalog
    from kiosk.domain.payloads import sign_prereg
    from kiosk.domain.request import NewRequest, validate_request
    from kiosk.errors import UnknownService
    from kiosk.keys import load_or_create_signing_key
    fields = parse_field_args(args.field)
    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".pdf") or not out.parent.is_dir():
        raise InputError(f"--out wants FILE.png or FILE.pdf in an existing folder: {out}")
    catalog = load_catalog()
    service = catalog.services.get(args.service_id)
    if service is None:
        raise UnknownService(f"no service {args.service_id!r} in the catalog")
    now = datetime.now().astimezone()
    # The same checks as at the kiosk: a pre-registration the kiosk would refuse is
    # no use to the visitor.  Making one means the visitor accepted the notice.
    clean = validate_request(NewRequest(args.service_id, args.lang, fields, consent_at=now),
                             service)
    text = sign_prereg(args.service_id, args.lang, dict(clean.fields),
                       key=load_or_create_signing_key(_data(args)), created=now)
    _write_qr(text, out, service.name("fr"))
    print(json.dumps({"out": str(out), "service": args.service_id, "chars": len(text)}))
    return 0


def _write_qr(text: str, out: Path, caption: str) -> None:
    """The QR as a PNG (qrcode + Pillow) or as an A6 PDF page with the French caption."""
    if out.suffix.lower() == ".png":
        import qrcode
        from qrcode.constants import ERROR_CORRECT_M
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4, box_size=8)
        code.add_data(text)
        code.make(fit=True)
        code.make_image().save(str(out))
        return
    from reportlab.lib.pagesizes import A6
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.devices.qr import draw_qr, qr_matrix
    width, height = A6
    page = Canvas(str(out), pagesize=A6)
    side = width - 40
    draw_qr(page, qr_matrix(text), 20, height - side - 30, side)
    page.setFont("Helvetica", 10)
    page.drawCentredString(width / 2, height - side - 48, caption)  # French: Latin-1
    page.save()


def _scan(args: argparse.Namespace) -> int:
    import time

    from kiosk.catalog_loader import load_catalog
    from kiosk.compose import parse_context
    from kiosk.config import load_config
    from kiosk.devices.camera import open_source
    from kiosk.devices.decoders import make_decoder
    from kiosk.domain.payloads import parse_payload
    from kiosk.keys import trust_list
    data = _data(args)
    config = load_config(Path(args.config) if args.config else paths.config_path(data))
    context = parse_context(config, load_catalog(), trust_list(data),
                            datetime.now().astimezone())
    decoder = make_decoder(args.decoder)
    frames = 0
    with open_source(args.source) as source:
        while (frame := source.read()) is not None:
            frames += 1
            start = time.perf_counter()
            codes = decoder.decode(frame.image)
            decode_ms = round((time.perf_counter() - start) * 1000, 2)
            base = {"source": frame.source, "frame": frame.index, "decode_ms": decode_ms}
            if not codes and args.all_frames:
                _emit(args, {**base, "format": None, "verdict": "no_code"})
            for code in codes:
                result = parse_payload(code.data, context)
                _emit(args, {**base, "format": result.format, "verdict": result.verdict.value,
                             "text": result.text, "fields": dict(result.fields),
                             "label": dict(result.label)})
            if args.max_frames and frames >= args.max_frames:
                break
    return 0


def _emit(args: argparse.Namespace, row: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(row, ensure_ascii=False, default=str), flush=True)
    else:  # decoded text may hold terminal escape sequences: show them, never run them
        where = f"{row['source']}#{row['frame']}"
        text = "".join(ch if ch.isprintable() else "?" for ch in str(row.get("text") or ""))
        print(f"{where:28} {row.get('verdict', ''):14} {row.get('format') or '-':12} "
              f"{text}"[:160], flush=True)
