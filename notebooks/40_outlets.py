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
# # Outlets compared, claim by claim
#
# Fact tables count *reports*: ten articles repeating one recognition are ten rows. The
# **claims** table counts each fact once, with the articles and outlets that carry it and when
# it was first and last reported. Here: which claims every outlet carries, which only one outlet
# reports, and where outlets tell the same story differently.

# %%
from tidynews import charts, compare
from tidynews.notebook import claims_overview, configure_display, load

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
claims = loaded.claims

# %% [markdown]
# ## Reports and claims

# %%
claims_overview(loaded)

# %% tags=["nbval-ignore-output"]
charts.show(charts.outlet_coverage_heatmap(claims, loaded.articles))

# %% [markdown]
# ## Claims every outlet carries, and the most widely carried

# %%
shared = compare.shared_by_all(claims, loaded.outlets)
print(f"{len(shared)} claims carried by all {len(loaded.outlets)} outlets")
shared[["kind", "label", "n_articles", "first_published"]]

# %% [markdown]
# The fifteen claims carried by most outlets, with the number of articles of each outlet that
# carry them (0: the outlet does not report it).

# %%
charts.coverage_matrix(claims, loaded.articles, top=15)

# %% [markdown]
# ## Claims only one outlet reports

# %%
single = compare.single_outlet_claims(claims)
single.groupby("outlet").size().rename("claims only this outlet reports").to_frame()

# %%
single[["outlet", "kind", "label", "n_articles", "first_published"]]

# %% [markdown]
# ## Where outlets disagree
#
# For each question several outlets answer ("Who backs Nicolás Maduro?"), what each outlet
# names: `shared` by all of them, `adds` only this outlet names, `omits` most others name.

# %%
disagreements = compare.disagreements(claims, loaded.articles)
disagreements[["kind", "question", "outlet", "shared", "adds", "omits", "differs"]]
