# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # The corpus
#
# What was read: articles per outlet and day, the ingest report (every input file or record is
# either an article or a skipped row with its reason), and how many facts each outlet gives.
# The parameters below choose the corpus, case, outlets and date window; the next cell checks
# them and says what it filtered.

# %%
from tidynews import charts
from tidynews.notebook import (
    articles_by_outlet,
    configure_display,
    facts_by_outlet,
    ingest_overview,
    load,
    skipped_inputs,
)

# %% tags=["parameters"]
# Parameters (papermill: `-p name value`; text values are safest with `-r name value`).
corpus = None  # a corpus folder or file; None: the bundled sample corpus
case = "venezuela-2019"  # a case name (see `tidynews cases`) or a path to a case file
outlets = None  # None or "all": every outlet; else "a.example, b.example"
start = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None: the start of the case period
end = None  # likewise; a year or month means its last day; None: the end of the case period
tables = None  # an output folder of `tidynews extract` to read instead of extracting

# %%
configure_display()
loaded = load(corpus=corpus, case=case, outlets=outlets, start=start, end=end, tables=tables)
print(loaded.summary())

# %% [markdown]
# ## Articles per outlet and day

# %%
articles_by_outlet(loaded.articles)

# %% tags=["nbval-ignore-output"]
charts.show(charts.articles_per_day(loaded.articles))

# %% [markdown]
# ## The ingest report: what was read and what was skipped
#
# Every input is accounted for. A skipped input keeps its path (relative to the corpus) and the
# reason, so nothing is dropped silently.

# %%
ingest_overview(loaded.ingest_report)

# %%
skipped_inputs(loaded.ingest_report)

# %% [markdown]
# ## Facts per outlet
#
# Rows of each fact table, and the claims each outlet carries (a claim is one fact counted once
# however many articles tell it: see `40_outlets`).

# %%
facts_by_outlet(loaded)
