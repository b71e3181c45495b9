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
# # Explorer
#
# Choose a table, outlet, actor, modality or status and a date range; the chart and the
# evidence sentences (each linked to its article) follow the selection, and clicking a bar
# narrows the evidence to that outlet and day. The controls need JupyterLab (or another
# frontend that renders ipywidgets); run headless, this notebook shows the default view as
# ordinary output.

# %%
from tidynews.explorer import Selection, explore, explorer_rows, filter_options
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

# %% [markdown]
# What there is to choose from in each table:

# %%
for table in ("stances", "sanctions", "figures", "quotes"):
    rows = explorer_rows(loaded.tables, loaded.articles, table)
    options = filter_options(rows)
    print(
        f"{table}: {len(rows)} rows, {len(options['outlet'])} outlets, "
        f"{len(options['actor'])} actors, kinds: {', '.join(options['kind']) or '-'}"
    )

# %% tags=["nbval-ignore-output"]
explorer = explore(loaded.tables, loaded.articles, Selection(table="stances"))
