from __future__ import annotations

from summarizer.metadata import normalize_date, outlet_from_url, resolve_outlet


def test_outlet_from_url_knows_major_outlets_and_returns_other_domains() -> None:
    assert outlet_from_url("https://thehill.com/homenews/x/") == "The Hill"
    assert outlet_from_url("https://www.reuters.com/world/") == "Reuters"
    assert outlet_from_url("https://m.thewire.in/article") == "The Wire"
    assert outlet_from_url("https://news.example.org/a") == "news.example.org"
    assert outlet_from_url(None) is None


def test_resolve_outlet_prefers_declared_then_url_then_dateline_then_footer() -> None:
    common = {"removed": ["Copyright 2023 Nexstar Media Inc. All rights reserved."],
              "path": "seeds/000_x.txt"}
    assert resolve_outlet(declared="Bay Gazette", url=None, dateline="AP", **common) == "Bay Gazette"
    assert resolve_outlet(declared=None, url="https://apnews.com/x", dateline=None,
                          **common) == "AP"
    assert resolve_outlet(declared=None, url=None, dateline="Reuters", **common) == "Reuters"
    assert resolve_outlet(declared=None, url=None, dateline=None, **common) == "Nexstar Media Inc"
    assert resolve_outlet(declared=None, url=None, dateline=None, removed=[],
                          path="seeds/001_abc.txt") == "001_abc"


def test_dates_are_normalised_when_recognisable() -> None:
    assert normalize_date("2025-02-13 01:16:03") == "2025-02-13"
    assert normalize_date("Thu, 13 Feb 2025 01:16:03 GMT") == "2025-02-13"
    assert normalize_date("last Tuesday") == "last Tuesday"
    assert normalize_date(None) is None
