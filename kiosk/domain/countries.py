"""Countries of residence offered on the details screen (ISO 3166 codes).

Where Moroccans abroad live first (France, Spain, Belgium, the Netherlands, Italy,
Germany...), then others; any ISO code is accepted by validation.
"""

from __future__ import annotations

from kiosk.domain.text import LocalText

COUNTRIES: dict[str, LocalText] = {
    "MA": {"ar": "المغرب", "fr": "Maroc", "en": "Morocco"},
    "FR": {"ar": "فرنسا", "fr": "France", "en": "France"},
    "ES": {"ar": "إسبانيا", "fr": "Espagne", "en": "Spain"},
    "BE": {"ar": "بلجيكا", "fr": "Belgique", "en": "Belgium"},
    "NL": {"ar": "هولندا", "fr": "Pays-Bas", "en": "Netherlands"},
    "IT": {"ar": "إيطاليا", "fr": "Italie", "en": "Italy"},
    "DE": {"ar": "ألمانيا", "fr": "Allemagne", "en": "Germany"},
    "GB": {"ar": "المملكة المتحدة", "fr": "Royaume-Uni", "en": "United Kingdom"},
    "CA": {"ar": "كندا", "fr": "Canada", "en": "Canada"},
    "US": {"ar": "الولايات المتحدة", "fr": "États-Unis", "en": "United States"},
    "CH": {"ar": "سويسرا", "fr": "Suisse", "en": "Switzerland"},
    "SE": {"ar": "السويد", "fr": "Suède", "en": "Sweden"},
    "NO": {"ar": "النرويج", "fr": "Norvège", "en": "Norway"},
    "DK": {"ar": "الدنمارك", "fr": "Danemark", "en": "Denmark"},
    "PT": {"ar": "البرتغال", "fr": "Portugal", "en": "Portugal"},
    "LU": {"ar": "لوكسمبورغ", "fr": "Luxembourg", "en": "Luxembourg"},
    "AT": {"ar": "النمسا", "fr": "Autriche", "en": "Austria"},
    "IE": {"ar": "أيرلندا", "fr": "Irlande", "en": "Ireland"},
    "SA": {"ar": "السعودية", "fr": "Arabie saoudite", "en": "Saudi Arabia"},
    "AE": {"ar": "الإمارات", "fr": "Émirats arabes unis", "en": "United Arab Emirates"},
    "QA": {"ar": "قطر", "fr": "Qatar", "en": "Qatar"},
    "DZ": {"ar": "الجزائر", "fr": "Algérie", "en": "Algeria"},
    "TN": {"ar": "تونس", "fr": "Tunisie", "en": "Tunisia"},
    "LY": {"ar": "ليبيا", "fr": "Libye", "en": "Libya"},
    "EG": {"ar": "مصر", "fr": "Égypte", "en": "Egypt"},
    "SN": {"ar": "السنغال", "fr": "Sénégal", "en": "Senegal"},
    "CI": {"ar": "كوت ديفوار", "fr": "Côte d'Ivoire", "en": "Côte d'Ivoire"},
    "TR": {"ar": "تركيا", "fr": "Turquie", "en": "Turkey"},
    "AU": {"ar": "أستراليا", "fr": "Australie", "en": "Australia"},
}
