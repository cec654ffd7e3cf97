"""The field screens' words: kinds of case, field labels, refusals, countries, languages.

One translation context (``FieldWords``) so the list, the form and the window say a
kind of case or a field the same way.  Languages spoken are named in themselves (a
team member shows the list to the person); countries in the screen's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def case_type_name(case_type: str) -> str:
    """A kind of assistance, in the interface's language."""
    names = {
        "medical": translate("FieldWords", "Medical"),
        "administrative": translate("FieldWords", "Administrative"),
        "customs": translate("FieldWords", "Customs"),
        "social": translate("FieldWords", "Social"),
        "legal": translate("FieldWords", "Legal"),
        "transport": translate("FieldWords", "Transport"),
    }
    return names.get(case_type, case_type)


def field_label(name: str) -> str:
    """The label of a case field, in the interface's language."""
    labels = {
        "case_type": translate("FieldWords", "Kind of assistance"),
        "person_name": translate("FieldWords", "Person's name"),
        "country": translate("FieldWords", "Country of residence"),
        "lang": translate("FieldWords", "Language spoken"),
        "vehicle_plate": translate("FieldWords", "Vehicle plate (optional)"),
        "what_happened": translate("FieldWords", "What happened"),
        "action_taken": translate("FieldWords", "Action taken"),
        "referral": translate("FieldWords", "Referred to"),
        "follow_up": translate("FieldWords", "Follow-up"),
    }
    return labels.get(name, name)


def problem_words(field_name: str | None, problem: str | None) -> str:
    """Why a case was not saved, naming the field (never its value)."""
    label = field_label(field_name) if field_name else ""
    if problem == "required":
        text = translate("FieldWords", "Please fill in: %1.")
    elif problem == "too_long":
        text = translate("FieldWords", "%1 is too long. Please shorten it.")
    elif problem == "format" and field_name == "vehicle_plate":
        text = translate("FieldWords",
                         "The vehicle plate may hold letters, digits, spaces and dashes only.")
    elif problem == "format":
        text = translate("FieldWords", "%1 holds characters that cannot be saved.")
    elif problem == "not_yours":
        text = translate("FieldWords", "This case is not one of yours, or it no longer exists.")
    else:
        text = translate("FieldWords", "The case could not be saved. Nothing was changed.")
    return text.replace("%1", label)


def export_words(reason: str | None) -> str:
    """Why no bundle was written."""
    if reason == "not_enrolled":
        return translate("FieldWords",
                         "This device is not enrolled at the centre, so it cannot write a "
                         "handover file. Ask your supervisor to enrol it.")
    if reason == "no_centre_key":
        return translate("FieldWords",
                         "This device has not received the centre's key yet. Connect it to "
                         "the network once and let it sync, then save the handover file "
                         "again.")
    if reason == "cannot_write":
        return translate("FieldWords",
                         "The handover file could not be written there. Check that the USB "
                         "stick is plugged in and not full, then try again.")
    return translate("FieldWords",
                     "The handover file could not be written. Nothing was changed.")


def failure_words(kind: str) -> str:
    """A worker job that failed: the environment's fault, or ours."""
    if kind == "environment":
        return translate("FieldWords",
                         "The cases' storage cannot be reached right now. Nothing was lost; "
                         "please try again.")
    return translate("FieldWords", "Something went wrong. Nothing was lost; please try again.")


#: ISO codes of the countries most Moroccans living abroad reside in, in this order
COUNTRIES: tuple[str, ...] = (
    "FR", "ES", "IT", "BE", "NL", "DE", "GB", "CH", "PT", "SE", "NO", "DK", "AT", "LU",
    "IE", "CA", "US", "AE", "SA", "QA", "MA", "DZ", "TN", "TR")


def country_name(code: str) -> str:
    """A country of residence, in the interface's language (its code when unknown)."""
    names = {
        "FR": translate("FieldWords", "France"),
        "ES": translate("FieldWords", "Spain"),
        "IT": translate("FieldWords", "Italy"),
        "BE": translate("FieldWords", "Belgium"),
        "NL": translate("FieldWords", "Netherlands"),
        "DE": translate("FieldWords", "Germany"),
        "GB": translate("FieldWords", "United Kingdom"),
        "CH": translate("FieldWords", "Switzerland"),
        "PT": translate("FieldWords", "Portugal"),
        "SE": translate("FieldWords", "Sweden"),
        "NO": translate("FieldWords", "Norway"),
        "DK": translate("FieldWords", "Denmark"),
        "AT": translate("FieldWords", "Austria"),
        "LU": translate("FieldWords", "Luxembourg"),
        "IE": translate("FieldWords", "Ireland"),
        "CA": translate("FieldWords", "Canada"),
        "US": translate("FieldWords", "United States"),
        "AE": translate("FieldWords", "United Arab Emirates"),
        "SA": translate("FieldWords", "Saudi Arabia"),
        "QA": translate("FieldWords", "Qatar"),
        "MA": translate("FieldWords", "Morocco"),
        "DZ": translate("FieldWords", "Algeria"),
        "TN": translate("FieldWords", "Tunisia"),
        "TR": translate("FieldWords", "Turkey"),
    }
    return names.get(code, code)


#: languages a person may speak, each named in itself (code -> name)
SPOKEN: dict[str, str] = {
    "ary": "الدارجة",
    "ar": "العربية",
    "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "fr": "Français",
    "es": "Español",
    "nl": "Nederlands",
    "de": "Deutsch",
    "it": "Italiano",
    "en": "English",
    "pt": "Português",
}


def not_given() -> str:
    """The choice for a country or language not given."""
    return translate("FieldWords", "— not given —")
