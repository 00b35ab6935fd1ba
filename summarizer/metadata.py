"""Who published an article, and when: resolved from what the article itself carries.

Outlet, in order of trust: declared metadata (front matter, JSON, HTML meta), the URL's
domain, a dateline agency ("NEW YORK (Reuters) —"), a site domain named in removed
boilerplate ("open m.thewire.in"), and last a copyright holder; else it is unknown (never the
file name). A copy known only by its owner's copyright line takes the outlet of the article
it copies when that one is known better.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from .invisible import inert, visible

KNOWN_OUTLETS = {
    "abcnews.go.com": "ABC News", "aljazeera.com": "Al Jazeera", "apnews.com": "AP",
    "axios.com": "Axios", "bbc.co.uk": "BBC", "bbc.com": "BBC", "bloomberg.com": "Bloomberg",
    "cbsnews.com": "CBS News", "cnbc.com": "CNBC", "cnn.com": "CNN", "dw.com": "DW",
    "economist.com": "The Economist", "foxnews.com": "Fox News", "ft.com": "Financial Times",
    "lemonde.fr": "Le Monde", "latimes.com": "Los Angeles Times", "nbcnews.com": "NBC News",
    "newsmax.com": "Newsmax", "npr.org": "NPR", "nytimes.com": "The New York Times",
    "politico.com": "Politico", "reuters.com": "Reuters", "theguardian.com": "The Guardian",
    "thehill.com": "The Hill", "thewire.in": "The Wire", "usatoday.com": "USA Today",
    "washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal",
}
# the news agencies and wire services, each name as it is printed: the one list of them, for
# a dateline's agency ("NEW YORK (Reuters) —"), a wire credit closing a paragraph ("… said.
# (AP)") and a wire photo's caption ("… in... (Associated Press)", "AP Photo/Jo Roe")
WIRE_AGENCIES = ("AP", "Associated Press", "AFP", "Agence France-Presse", "Reuters", "UPI",
                 "Bloomberg", "Canadian Press", "Press Association", "PA", "dpa", "Xinhua",
                 "Kyodo", "Yonhap", "EFE", "ANSA", "TASS", "ANI", "PTI", "CNN", "Getty Images")
AGENCIES = {name.lower(): name for name in WIRE_AGENCIES}
# any of them as printed or in capitals ("(REUTERS)"), "The" before it or not: a regular
# expression's part, matching case as written
AGENCY = (r"(?:The[ \t]+|THE[ \t]+)?(?:" + "|".join(
    re.escape(spelled).replace(r"\ ", r"[ \t]+")
    for name in sorted(WIRE_AGENCIES, key=len, reverse=True)
    for spelled in dict.fromkeys((name, name.upper()))) + ")")

_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|in|co\.uk|uk|de|fr|io|news|info"
                     r"|ca|au))\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:copyright|©)\s*(?:\(c\)\s*)?(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?"
                        r"([A-Z][\w&.,' -]{1,60}?)(?:\.\s|\.$|,|\s+all rights|$)", re.IGNORECASE)


def outlet_from_url(url: str | None) -> str | None:
    """'https://www.thehill.com/x' -> 'The Hill'; an unknown domain is returned as is."""
    parts = _split(url if not url or "//" in url else "//" + url)
    return _outlet_from_host((parts.hostname or "").lower()) if parts else None


def _split(url: str | None) -> SplitResult | None:
    """`url`'s parts, or None when there is none or it cannot be read ('https://[x.example',
    an article's own field: urlsplit raises ValueError on an unclosed bracket)."""
    if not url:
        return None
    try:
        return urlsplit(url.strip())
    except ValueError:
        return None


def _outlet_from_host(host: str) -> str | None:
    host = re.sub(r"^(www\d?|m|amp|mobile|edition)\.", "", host.strip(".").lower())
    if not host or "." not in host:
        return None
    for domain, name in KNOWN_OUTLETS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


def resolve_outlet(
    *,
    declared: str | None,
    url: str | None,
    dateline: str | None,
    removed: list[str],
) -> tuple[str | None, int]:
    """The best outlet name the article offers (None: unknown, never a file name), and how
    much to trust it: 0 declared, 1 its URL, 2 a dateline, 3 a site named in its boilerplate,
    4 a copyright holder (an owner, often not the outlet: "Nexstar Media Inc"), 5 nothing."""
    guesses = (declared, outlet_from_url(url), _agency(dateline), _named_site(removed),
               _copyright_holder(removed))
    return next(((g, rank) for rank, g in enumerate(guesses) if g), (None, UNKNOWN))


UNKNOWN = 5
BY_OWNER = 4  # trust of a copyright holder's name
EVIDENCE = ("its metadata or the folder's sidecar", "its URL", "its dateline",
            "a site named in its boilerplate", "a copyright line", "nothing that names it")


def _agency(dateline: str | None) -> str | None:
    if not dateline:
        return None
    return AGENCIES.get(dateline.lower(), dateline)


def _named_site(removed: list[str]) -> str | None:
    for line in removed:
        match = _DOMAIN.search(line)
        if match and "/" not in line:
            return _outlet_from_host(match.group(1))
    return None


def _copyright_holder(removed: list[str]) -> str | None:
    for line in removed:
        match = _COPYRIGHT.search(line)
        if match:
            holder = match.group(1).strip(" .,")
            if len(holder.split()) <= 6 and not holder.lower().startswith("all rights"):
                return holder
    return None


def web_url(url: str | None) -> str | None:
    """`url` when it is an http(s) URL; anything else (javascript:, data:, file:) is None."""
    parts = _split(url)
    return url.strip() if url and parts and parts.scheme in ("http", "https") and parts.netloc \
        else None


def file_path(path: str) -> str:
    """A file's path as a source records it: its undecodable bytes as U+FFFD, its control
    characters and bidi controls dropped (printed, they would turn the line around), but its
    other invisible characters kept, so that a tool reading the JSON can open the file
    ("a\u200bb.txt" is not "ab.txt")."""
    return inert(path.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def printable(text: str) -> str:
    """`text` as it can be shown and stored: a file name's undecodable bytes as U+FFFD, its
    invisible characters and bidi controls dropped (JSON, unlike the text output, prints
    them as they are)."""
    return visible(text.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def normalize_date(value: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) when the value is recognisably a date, else the value as given."""
    if not value:
        return None
    value = value.strip()
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})", value)
    if iso:
        return iso.group(1)
    from email.utils import parsedate_to_datetime  # only a date that is not ISO needs it

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value
