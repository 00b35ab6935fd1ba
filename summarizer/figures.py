"""A number as a sentence writes it (pure): in figures ("38,000", "$5.2m", "4.5 billion",
"12%") or in words ("Forty", "twenty-five", "two hundred and fifty", through text2num), with
its scale, its currency sign or percent, and the value shown back as text. `quantity` reads
what a number counts; `when` reads dates and times of day.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from . import textutil as tu

CURRENCIES = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$", "rupee": "₹",
              "rupees": "₹"}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
          "crores": 1e7}
# currencies a word before the number names, by the sign they are read as: 'KSh 18 million',
# 'Rs 500 crore', 'INR 40', 'C$2 billion' ('$'); a letter alone only written onto a number
# with a scale or its thousands ('N58,000', 'R2.3bn'; not 'P3', 'the A1')
_CODES = {"ksh": "KSh", "kshs": "KSh", "kes": "KSh", "rs": "₹", "inr": "₹", "ngn": "₦",
          "zar": "R", "php": "₱", "cad": "$", "aud": "$", "nzd": "$", "usd": "$", "gbp": "£",
          "eur": "€"}
# currencies named after the number, whose names are no common noun in English
_NAMED_AFTER = {"won": "₩", "yen": "¥", "yuan": "CN¥", "renminbi": "CN¥", "rupiah": "Rp",
                "naira": "₦", "rand": "R", "baht": "฿", "ringgit": "RM", "pesos": "peso",
                "reais": "R$", "shillings": "Sh", "dirhams": "AED", "dinars": "DIN",
                "zloty": "zł", "kronor": "kr", "kroner": "kr", "lira": "₺", "rubles": "₽",
                "roubles": "₽", "hryvnias": "₴", "pesetas": "₧"}
# ISO 4217 codes written in capitals before a figure ('NOK 182', 'EGP 5 billion'), read as
# the sign the currency is read by when it has one ('JPY 13.9 trillion' is '¥13.9 trillion'),
# else as the code (a code is one country's currency, unlike 'kr' or a bare 'dinars')
_ISO_CODES = {"JPY": "¥", "KRW": "₩", "TRY": "₺", "RUB": "₽", "UAH": "₴", "GHS": "₵",
              "THB": "฿", "ILS": "₪", "VND": "₫", "KZT": "₸", "CNY": "CN¥", "RMB": "CN¥",
              "MYR": "RM", "IDR": "Rp", "BRL": "R$", "PLN": "zł", "MXN": "peso", "CLP": "peso",
              "DOP": "peso", "UYU": "peso", "ARS": "peso", **{c: c for c in """CHF SEK
              NOK DKK ISK CZK HUF BGN EGP PKR BDT LKR NPR OMR SAR AED QAR KWD BHD JOD MAD TND
              DZD ETB UGX TZS RWF XOF XAF TWD HKD SGD""".split()}}  # (pesos read as their name)
# codes that are also words or call signs ('TRY 3 times', 'SAR 22', 'PEN 3'): read only on a
# figure that can only be money (a scale, its thousands, its cents)
_WORDLIKE_CODES = frozenset({"TRY", "SAR", "MAD", "ILS", "ARS", "PEN"})
_BEFORE_DOLLAR = {"c", "a", "nz", "us", "hk", "s"}  # 'C$42.50' read as '$42.50', as many
# outlets write a dollar of their own country
# currencies written with a dollar sign that are no dollar: the Brazilian real and pesos
# ('RD$185 million' / '158 million pesos'), read as their names after a figure are
_NOT_DOLLARS = {"r": "R$", "rd": "peso", "mx": "peso", "mex": "peso", "col": "peso",
                "clp": "peso", "uy": "peso", "arg": "peso", "cuc": "peso"}
_LETTERS = {"n": "₦", "r": "R", "p": "₱", "sh": "KSh"}
SIGNS = frozenset(tu.CURRENCY_SIGNS) | {"R", "KSh"} | frozenset(_NAMED_AFTER.values())
NUMERIC = re.compile(rf"[{tu.CURRENCY_SIGNS}]?(\d[\d,]*(?:\.\d+)?)(%?)")


_WORD = re.compile(tu.WORD_PATTERN)
_APOSTROPHE = str.maketrans("’", "'")


class Words(NamedTuple):
    """A sentence's words as the readers of values, names and ranks walk them (read only)."""

    text: str  # NFKC, with a straight apostrophe: 'Musk's'
    spans: list[tuple[int, int]]  # where each word is in `text`
    toks: list[str]  # the words


@lru_cache(maxsize=1 << 14)  # alignment reads each sentence's values, names and ranks
def words(text: str) -> Words:
    """The words of `text`, with where each one is (the lists are shared: do not change
    them)."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHE)
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        if "-" in m.group():  # (only a hyphenated word may be a number and a word)
            spans.extend(_number_first(text, *m.span()))
        else:
            spans.append(m.span())
    return Words(text, spans, [text[s:e] for s, e in spans])


def _number_first(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """A word that a number in words opens ('nine-hour', 'twenty-five-year-old') as two, the
    number and the rest, as '9-hour' and '25-year-old' are read: the number, a hyphen, the
    rest. A number alone ('Twenty-five') stays one word."""
    parts = text[start:end].split("-")
    if len(parts) == 1 or tu.cardinal(text[start:end].casefold()):
        return ((start, end),)
    for n in range(len(parts) - 1, 0, -1):  # the longest number first: 'twenty-five-year'
        head = "-".join(parts[:n])
        if tu.cardinal(head.casefold()):
            return (start, start + len(head)), (start + len(head) + 1, end)
    return ((start, end),)


def gap(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The characters between token i and token i + 1."""
    return text[spans[i][1] : spans[i + 1][0]] if i + 1 < len(spans) else ""


def read_number(toks: list[str], spans: list[tuple[int, int]], text: str,
                i: int) -> tuple[int, float | None, str]:
    """The value of the number that starts at token i ('4.5 billion', 'twenty-five', '$5.2m',
    'Forty'), the index after it, and its unit (a currency sign or '%')."""
    tok = toks[i]
    unit = tok[0] if tok[0] in tu.CURRENCY_SIGNS else ("%" if tok.endswith("%") else "")
    unit = named_currency(toks, spans, text, i) or unit
    j = i + 1
    match = NUMERIC.fullmatch(tok)
    if match:
        value = float(match.group(1).replace(",", ""))
    else:
        words = [tok]
        while j < len(toks) and toks[j].casefold() in tu.NUMBER_WORDS and \
                toks[j].casefold() not in SCALES and not gap(text, spans, j - 1).strip():
            words.append(toks[j])
            j += 1
        parsed = spelled(" ".join(words).casefold())
        if parsed is None:
            return j, None, unit
        value = parsed
    while j < len(toks) and toks[j].casefold() in SCALES:
        between = gap(text, spans, j - 1)
        if between if len(toks[j]) <= 2 else between.strip() not in ("", "-"):  # '$20m' is 20
            break  # million, '5 m' is not; 'a $14.5-million package', 'a ₹124-crore package'
        value *= SCALES[toks[j].casefold()]
        j += 1
    if j < len(toks) and toks[j].casefold() == "percent":
        unit, j = "%", j + 1
    elif not unit and j < len(toks) and toks[j].casefold() in _NAMED_AFTER and (
            toks[j].casefold() != "won" or value >= 1000):  # '412.3 billion won', '6,000 yen'
        unit, j = _NAMED_AFTER[toks[j].casefold()], j + 1  # (not 'three won')
    elif not unit and j < len(toks) and toks[j].casefold() in CURRENCIES and (
            toks[j].casefold().endswith("s") or value == 1):  # '4.82 billion
        unit, j = CURRENCIES[toks[j].casefold()], j + 1  # euros' is '€4.82bn'; not 'pounds'
        # (a weight too), nor 'the 20 euro zone countries'; 'two dollars and fifty cents' is
        # $2.50
        if j + 2 < len(toks) and toks[j].casefold() == "and" and \
                toks[j + 2].casefold() in {"cents", "cent"} and \
                (cents := spelled(toks[j + 1].casefold()) if not toks[j + 1].isdigit()
                 else float(toks[j + 1])) is not None:
            value, j = value + cents / 100, j + 3
    elif j + 1 < len(toks) and (toks[j].casefold(), toks[j + 1].casefold()) == ("per", "cent"):
        unit, j = "%", j + 2
    return j, value, unit


def named_currency(toks: list[str], spans: list[tuple[int, int]], text: str, i: int) -> str:
    """The currency a word just before the number at token i names ('KSh 18 million',
    'C$2 billion', 'N58,000'), or ''."""
    unit = toks[i][:1] if toks[i][:1] in tu.CURRENCY_SIGNS else ""
    if not i or unit not in ("", "$"):
        return ""
    before, between = toks[i - 1].casefold(), gap(text, spans, i - 1)
    if unit == "$":
        if not between and before in _NOT_DOLLARS:
            return _NOT_DOLLARS[before]  # 'RD$185 million' is pesos, 'R$4 billion' reais
        return "$" if before in _BEFORE_DOLLAR and not between else ""
    if before in _CODES and between.strip(" .") == "":
        return _CODES[before]
    if toks[i - 1] in _ISO_CODES and between.strip() == "" and (
            toks[i - 1] not in _WORDLIKE_CODES or _money_only(toks, i)):
        return _ISO_CODES[toks[i - 1]]
    if before in _LETTERS and not between and toks[i - 1][:1].isupper() and \
            _money_only(toks, i):
        return _LETTERS[before]
    return ""


def _money_only(toks: list[str], i: int) -> bool:
    """Whether the figure at token i is written as only money is: with its thousands or its
    cents, or before a scale ('N58,000', 'R2.3bn', 'SAR 4 billion'; not 'SAR 22')."""
    return "," in toks[i] or "." in toks[i] or (
        i + 1 < len(toks) and toks[i + 1].casefold() in SCALES)


@lru_cache(maxsize=4096)
def spelled(words: str) -> float | None:
    """A number written in words: 'forty', 'twenty-five', 'two hundred and fifty'."""
    simple = tu.NUMBER_WORDS.get(words)
    if simple is not None and simple.replace(".", "").isdigit():
        return float(simple)
    if simple is not None:  # 'million' alone, 'first'
        return None
    from text_to_num import text2num  # imported on first use: most text says numbers in digits

    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


def shown(value: float) -> str:
    if not math.isfinite(value):
        return str(value)  # a figure of 309 digits or more reads as infinity
    return str(int(value)) if value == int(value) else str(value)
