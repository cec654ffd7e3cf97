"""A small catalog and tickets for the printing tests (real texts, three languages)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from kiosk.domain.catalog import Catalog, Category, Document, Group, OnlinePlatform, Service
from kiosk.domain.tickets import Ticket, ticket_qr_payload

TEXTS: dict[str, dict[str, str]] = {
    "ticket.title": {"ar": "تذكرتك", "fr": "Votre ticket", "en": "Your ticket",
                     "zgh": "ⵜⴰⴽⴰⵔⴹⴰ ⵏⵏⴽ"},
    "ticket.service": {"ar": "الخدمة", "fr": "Service", "en": "Service"},
    "ticket.issued_at": {"ar": "وقت الإصدار", "fr": "Émis à", "en": "Issued at"},
    "ticket.people_ahead": {"ar": "عدد الأشخاص قبلك", "fr": "Personnes avant vous",
                            "en": "People ahead of you"},
    "ticket.estimated_wait": {"ar": "مدة الانتظار التقديرية", "fr": "Attente estimée",
                              "en": "Estimated wait"},
    "ticket.minutes": {"ar": "{n} دقيقة", "fr": "{n} min", "en": "{n} min"},
    "ticket.documents": {"ar": "الوثائق المطلوب إحضارها", "fr": "Documents à présenter",
                         "en": "Documents to bring"},
    "ticket.qr_ticket": {"ar": "رمز تذكرتك، يُمسح عند الشباك",
                         "fr": "Code de votre ticket, lu au guichet",
                         "en": "Your ticket code, scanned at the counter"},
    "ticket.qr_online": {"ar": "أنجز هذه الخدمة عبر الإنترنت",
                         "fr": "Faire cette démarche en ligne", "en": "Do it online"},
    "ticket.priority": {"ar": "أولوية", "fr": "Prioritaire", "en": "Priority"},
    "ticket.indicative": {
        "ar": "الرسوم والآجال إرشادية، تم التحقق منها بتاريخ {date}",
        "fr": "Frais et délais indicatifs, vérifiés le {date}",
        "en": "Fees and delays indicative, checked on {date}",
    },
    "ticket.keep": {"ar": "احتفظ بهذه التذكرة", "fr": "Conservez ce ticket",
                    "en": "Keep this ticket"},
}

DOCUMENTS = {
    "cnie": Document("cnie", {"ar": "البطاقة الوطنية للتعريف الإلكترونية",
                              "fr": "Carte nationale d'identité électronique (CNIE)",
                              "en": "Electronic national ID card (CNIE)"}),
    "photos": Document("photos", {"ar": "صورتان شمسيتان حديثتان",
                                  "fr": "Deux photos d'identité récentes",
                                  "en": "Two recent ID photos"}),
    "stamp": Document("stamp", {"ar": "تنبر جبائي بقيمة 500 درهم",
                                "fr": "Timbre fiscal de 500 DH",
                                "en": "Tax stamp of 500 MAD"}),
    "old_passport": Document("old_passport", {"ar": "جواز السفر القديم إن وجد",
                                              "fr": "Ancien passeport, le cas échéant",
                                              "en": "Old passport, if any"}),
    "bill": Document("bill", {"ar": "فاتورة الماء أو الكهرباء",
                              "fr": "Facture d'eau ou d'électricité",
                              "en": "Water or electricity bill"}),
}


def _service(id_: str, names: dict[str, str], docs: tuple[str, ...],
             online: OnlinePlatform | None) -> Service:
    return Service(
        id=id_, category="civil", group="C", pictogram="id", contexts=("hall",),
        names=names, descriptions={}, administration={},
        documents=tuple(DOCUMENTS[d] for d in docs), fields=(),
        last_checked=date(2025, 6, 30), online=online,
    )


PASSPORT = _service(
    "passport",
    {"ar": "جواز السفر البيومتري", "fr": "Passeport biométrique", "en": "Biometric passport"},
    ("cnie", "photos", "stamp", "old_passport"),
    OnlinePlatform("passeport.ma", "https://www.passeport.ma"),
)
RESIDENCE = _service(
    "residence",
    {"ar": "شهادة السكنى", "fr": "Certificat de résidence", "en": "Residence certificate"},
    ("cnie", "bill"),
    None,
)

CATALOG = Catalog(
    version="test",
    groups={"C": Group("C", {"fr": "État civil"})},
    categories={"civil": Category("civil", {"fr": "État civil"}, "id", "C")},
    services={s.id: s for s in (PASSPORT, RESIDENCE)},
    texts=TEXTS,
)

SITE_NAME = "Préfecture de Tanger-Assilah · عمالة طنجة أصيلة"
ISSUED = datetime(2025, 7, 14, 9, 42, tzinfo=timezone(timedelta(hours=1)))


def make_ticket(service: Service = PASSPORT, lang: str = "fr", number: str = "C-017",
                priority: str | None = None, documents: tuple[str, ...] | None = None,
                people_ahead: int = 4, wait: int = 24) -> Ticket:
    """A ticket as the store would issue it."""
    request_id = "5f0c2a9e-3b1d-4c7e-9a51-0d6b2e8f4c11"
    return Ticket(
        number=number, request_id=request_id, service_id=service.id, group="C", lang=lang,
        issued_at=ISSUED, people_ahead=people_ahead, estimated_wait_minutes=wait,
        priority=priority, site_code="TNG01", site_name=SITE_NAME,
        qr_payload=ticket_qr_payload("TNG01", ISSUED, number, request_id),
        documents=tuple(d.id for d in service.documents) if documents is None else documents,
    )
