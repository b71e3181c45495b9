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
# # Who recognises or backs whom
#
# Stances of states, blocs and people towards the contested parties of the case, by modality
# (asserted, intended, conditional, negated); a world map of each country's position; when each
# position was first reported; and the press against the reference recognitions
# (`data/reference/`).

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
stances = loaded.tables["stances"]

# %% [markdown]
# ## Stances by modality
#
# Rows of the stances table (reports, not claims: the same recognition told by five articles is
# five rows here).

# %%
charts.stance_counts(stances)

# %% [markdown]
# ## Each country's asserted position
#
# A person's words count for the state they speak for (Trump for the United States). Where a
# country's reports differ, the position told by most articles wins and the others are listed.

# %%
charts.country_positions(stances, modality="asserted")[
    ["country", "position", "n_articles", "n_reports", "others"]
]

# %% tags=["nbval-ignore-output"]
charts.show(charts.recognition_map(stances))

# %% [markdown]
# ## First reports
#
# The first article reporting each actor's position (the actor is the state or bloc a speaker
# stands for). On the chart, open diamonds mark the reference date where there is one.

# %%
charts.first_reports(stances, loaded.articles)[
    ["actor", "position", "modality", "first_published", "outlet", "n_articles"]
]

# %% tags=["nbval-ignore-output"]
charts.show(
    charts.first_reports_timeline(
        stances, loaded.articles, loaded.reference["recognitions"], window=loaded.window
    )
)

# %% [markdown]
# ## Against the reference recognitions
#
# Each asserted recognition of the reference list beside the first article reporting it:
# `lag_days` is first report minus reference date; `match` says whether the corpus reports it,
# or whether the corpus reports a recognition the reference does not list.

# %%
versus = compare.recognitions_vs_reference(stances, loaded.articles, loaded.reference)
if loaded.reference["recognitions"].empty:
    print(f"No reference recognitions for case {loaded.case.key}: nothing to compare with.")
versus["match"].value_counts()

# %%
versus[
    [
        "actor_name",
        "subject_name",
        "reference_date",
        "first_reported",
        "first_outlet",
        "n_articles",
        "lag_days",
        "match",
    ]
]
