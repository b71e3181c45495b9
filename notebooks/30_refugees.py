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
# # Displaced people
#
# Every figure of displaced people (refugees, migrants, people who fled) the corpus reports, by
# outlet and date, against the reference series (UNHCR, IOM, R4V) with its source, and how far
# each report is from the latest reference estimate before it.

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
figures = loaded.tables["figures"]

# %% [markdown]
# ## Every reported figure

# %%
charts.displaced_reports(figures, loaded.articles)[
    ["published", "outlet", "value", "bound", "quantity_text"]
]

# %% tags=["nbval-ignore-output"]
charts.show(
    charts.refugee_figures(
        figures, loaded.articles, loaded.reference["refugees"], window=loaded.window
    )
)

# %% [markdown]
# ## How far from the reference
#
# Each report beside the latest reference estimate on or before its date: `difference` =
# reported - reference, `share` = reported / reference. Figures for one host country are a
# small share of the worldwide total; `min_share=0.5` keeps the worldwide totals.

# %%
versus = compare.figures_vs_reference(figures, loaded.articles, loaded.reference)
if loaded.reference["refugees"].empty:
    print(f"No reference series for case {loaded.case.key}: reports are shown alone.")
versus[
    [
        "published",
        "outlet",
        "value",
        "reference_value",
        "reference_as_of",
        "reference_organisation",
        "difference",
        "share",
    ]
]

# %%
totals = compare.figures_vs_reference(figures, loaded.articles, loaded.reference, min_share=0.5)
totals[["published", "outlet", "value", "reference_value", "relative_difference"]]
