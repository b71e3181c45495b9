import pytest

from tidynews.outlets import first_outlet, registrable_domain


@pytest.mark.parametrize(
    ("value", "domain"),
    [
        ("bbc.com", "bbc.com"),
        ("https://www.bbc.co.uk/news/world-latin-america-47052219", "bbc.co.uk"),
        ("www.thesun.co.uk", "thesun.co.uk"),
        ("HTTPS://News.BBC.co.uk", "bbc.co.uk"),
        ("caracas-herald.example", "caracas-herald.example"),
        ("https://www.globalpost.example/world/x", "globalpost.example"),
        ("Global Post", None),
        ("", None),
        (None, None),
        ("192.168.0.1", None),
        ("http://[::1]/", None),
    ],
)
def test_registrable_domain(value, domain):
    assert registrable_domain(value) == domain


def test_first_outlet_takes_the_first_that_names_a_domain():
    assert first_outlet(None, "BBC News", "https://www.bbc.com/news") == "bbc.com"
    assert first_outlet(None, "") is None
