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
# # Sanctions
#
# Who sanctions whom, with what status (imposed, existing, proposed, threatened, lifted,
# negated), when it was reported, and the press against the reference sanctions timeline.

# %%
from tidynews import charts, compare
from tidynews.notebook import configure_display, load

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
sanctions = loaded.tables["sanctions"]

# %% [markdown]
# ## Reports by status and imposer
#
# The imposer is the imposing state or bloc: Pence's announcement counts for the United States.

# %%
charts.status_counts(sanctions)

# %% tags=["nbval-ignore-output"]
charts.show(charts.status_breakdown(sanctions))

# %% [markdown]
# ## Imposer → target
#
# Reports per imposer, target and status; a target with no name is its kind ("people").

# %%
charts.sanction_flows(sanctions)

# %% tags=["nbval-ignore-output"]
charts.show(charts.sanctions_sankey(sanctions))

# %% [markdown]
# ## Timeline against the reference
#
# Each report at its article's date; open diamonds are the reference timeline's events in the
# window.

# %% tags=["nbval-ignore-output"]
charts.show(
    charts.sanctions_timeline(
        sanctions, loaded.articles, loaded.reference["sanctions"], window=loaded.window
    )
)

# %% [markdown]
# Which reference events (imposed or lifted, from a month before the first article to the last)
# the press reported and how soon (`lag_days`), and which reports match no reference event.

# %%
versus = compare.sanctions_vs_reference(sanctions, loaded.articles, loaded.reference)
if loaded.reference["sanctions"].empty:
    print(f"No reference sanctions for case {loaded.case.key}: every report is unmatched.")
versus["match"].value_counts()

# %%
versus[
    [
        "imposer_name",
        "target_description",
        "status",
        "reference_date",
        "first_reported",
        "first_outlet",
        "n_articles",
        "lag_days",
        "match",
    ]
]
