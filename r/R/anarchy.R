# Anarchy from R: the binary runs, the store's views are read (docs/EXPERIMENTS.md, "Tidy views").

#' The anarchy executable these functions call: ANARCHY_BINARY if set, else the one on PATH.
anarchy_binary <- function() {
  chosen <- Sys.getenv("ANARCHY_BINARY")
  if (nzchar(chosen)) {
    if (!file.exists(chosen) || file.access(chosen, 1) != 0) stop("ANARCHY_BINARY=", chosen, ": not an executable file", call. = FALSE)
    return(chosen)
  }
  found <- Sys.which("anarchy")
  if (!nzchar(found)) stop("no anarchy binary: put anarchy on PATH or set ANARCHY_BINARY (README, 'From R')", call. = FALSE)
  unname(found)
}

#' Runs `anarchy ARGS...` and returns its standard output's lines; stops with the binary's
#' message (and exit status: 2 is a usage error) when it fails.
anarchy_call <- function(args) {
  errors <- tempfile("anarchy-stderr-")
  on.exit(unlink(errors))
  out <- suppressWarnings(system2(anarchy_binary(), shQuote(args), stdout = TRUE, stderr = errors))
  status <- attr(out, "status")
  if (!is.null(status) && status != 0) {
    message <- paste(readLines(errors, warn = FALSE), collapse = "\n")
    stop(sprintf("anarchy exited with status %d: %s", status, message), call. = FALSE)
  }
  out
}

# A value as the text `--set PATH=VALUE` takes: numbers exactly (17 significant digits read back
# as the same double), logicals as true/false, NULL as null.
anarchy_value <- function(value) {
  if (is.null(value)) return("null")
  if (is.list(value)) {
    if (length(value) == 0) return("{}")  # a mechanism switched on with its defaults
    stop("set: give each value as one number, logical or string (or list() to switch a mechanism on)", call. = FALSE)
  }
  if (length(value) != 1) stop("set: each value must be a single value, got ", length(value), call. = FALSE)
  if (is.logical(value)) return(if (isTRUE(value)) "true" else "false")
  if (is.numeric(value)) return(sprintf("%.17g", value))
  as.character(value)
}

anarchy_edits <- function(set) {
  unlist(lapply(names(set), function(path) c("--set", paste0(path, "=", anarchy_value(set[[path]])))))
}

# A seed as decimal text: text as it is; a number only if a double holds it exactly.
anarchy_seed <- function(seed) {
  if (length(seed) != 1) stop("seed: give one seed, got ", length(seed), call. = FALSE)
  if (is.numeric(seed)) {
    if (seed != round(seed) || seed < 0 || seed > 2^53) stop("seed ", seed, ": give seeds above 2^53 as text (a double cannot hold them)", call. = FALSE)
    seed <- format(seed, scientific = FALSE)
  }
  if (!grepl("^[0-9]+$", seed)) stop("seed ", seed, ": must be a whole number in 0...18446744073709551615", call. = FALSE)
  seed
}

#' A CSV of results (the debate's runs.csv, `anarchy results --format csv`) as a data.frame,
#' seeds and digests as character (a double would round a 64-bit seed), empty fields as NA.
anarchy_read_csv <- function(path) {
  header <- names(utils::read.csv(path, nrows = 1, check.names = FALSE))
  if (!any(c("metric", "seed") %in% header)) stop(path, ": not a results CSV (no metric or seed column)", call. = FALSE)
  classes <- stats::setNames(rep("character", sum(header %in% c("seed", "digest", "experiment"))), header[header %in% c("seed", "digest", "experiment")])
  utils::read.csv(path, colClasses = classes, check.names = FALSE, na.strings = c("", "NA"))
}

#' A results store's tidy view as a data.frame: "long" (one row per run and metric: experiment,
#' point, replication, seed, one column per factor, metric, value) or "wide" (one row per run:
#' experiment, point, replication, seed, digest, the factors, a column per metric). `experiment` (id or name) keeps that experiment's rows and
#' columns. Seeds are character (exact); a missing value is NA.
anarchy_results <- function(store, view = c("long", "wide"), experiment = NULL) {
  view <- match.arg(view)
  if (!file.exists(store) || dir.exists(store)) stop(store, ": no such results store", call. = FALSE)
  magic <- readBin(store, "raw", n = 16)
  if (!identical(magic, c(charToRaw("SQLite format 3"), as.raw(0)))) {
    if (!is.null(experiment) || view != "long") stop(store, ": a CSV is read as it is; view and experiment apply to a results store", call. = FALSE)
    return(anarchy_read_csv(store))
  }
  connection <- DBI::dbConnect(RSQLite::SQLite(), store)
  on.exit(DBI::dbDisconnect(connection))
  if (!DBI::dbExistsTable(connection, "runs_long")) {
    if (!DBI::dbExistsTable(connection, "run")) stop(store, ": not a results store", call. = FALSE)
    # A store written before the views gains them whenever the binary opens it.
    try(anarchy_call(c("results", store, "--format", "csv")), silent = TRUE)
    DBI::dbDisconnect(connection)
    connection <- DBI::dbConnect(RSQLite::SQLite(), store)
    if (!DBI::dbExistsTable(connection, "runs_long")) stop(store, ": the store has no views runs_long and runs_wide", call. = FALSE)
  }
  query <- paste0("SELECT * FROM runs_", view)
  own <- NULL
  if (!is.null(experiment)) {
    ids <- DBI::dbGetQuery(connection, "SELECT id FROM experiment WHERE id = ? OR name = ?", params = list(experiment, experiment))$id
    if (length(ids) == 0) stop(store, ": no experiment '", experiment, "'", call. = FALSE)
    marks <- paste(rep("?", length(ids)), collapse = ",")
    query <- paste0(query, " WHERE experiment IN (", marks, ")")
    own <- DBI::dbGetQuery(connection, paste0("SELECT path FROM factor WHERE experiment IN (", marks, ")"), params = as.list(ids))$path
    if (view == "wide") own <- c(own, DBI::dbGetQuery(connection, paste0("SELECT name FROM metric_name WHERE experiment IN (", marks, ")"), params = as.list(ids))$name)
    frame <- DBI::dbGetQuery(connection, query, params = as.list(ids))
  } else {
    frame <- DBI::dbGetQuery(connection, query)  # the views are ordered by experiment, point, replication
  }
  if (!is.null(own)) {
    fixed <- c("experiment", "point", "replication", "seed", "digest", "metric", "value")
    frame <- frame[, names(frame) %in% c(fixed, own, paste0("metric_", own)), drop = FALSE]
  }
  # A column of NULLs alone (a metric missing in every run) reads as logical NA: make it numeric.
  for (column in setdiff(names(frame), c("experiment", "seed", "digest", "metric"))) {
    if (is.logical(frame[[column]])) frame[[column]] <- as.numeric(frame[[column]])
  }
  frame
}

#' Runs an experiment (a built-in's name or a file) into `store` and returns its runs (the wide
#' view by default).
anarchy_sweep <- function(experiment, store = "results.sqlite", replications = NULL, seed = NULL, threads = NULL, view = "wide") {
  args <- c("sweep", experiment, "--store", store)
  if (!is.null(replications)) args <- c(args, "--replications", as.character(as.integer(replications)))
  if (!is.null(seed)) args <- c(args, "--seed", anarchy_seed(seed))
  if (!is.null(threads)) args <- c(args, "--threads", as.character(as.integer(threads)))
  said <- anarchy_call(args)
  id <- regmatches(said, regexpr("[0-9a-f]{16}\\s*$", said))
  if (length(id) == 0) stop("anarchy sweep did not name its experiment: ", paste(said, collapse = "\n"), call. = FALSE)
  anarchy_results(store, view = view, experiment = trimws(id[length(id)]))
}

#' Runs a scenario (a built-in's name or a file; NULL: the reference world) with edits
#' (`set = list(system.beta = 2.5)`) and returns a list: `series` (one row per tick), `final`
#' (every state at the end), `seed` (text) and `digest`. `out` keeps the run's record there.
anarchy_run <- function(scenario = NULL, seed = NULL, ticks = NULL, set = list(), out = NULL) {
  directory <- if (is.null(out)) tempfile("anarchy-run-") else out
  if (is.null(out)) on.exit(unlink(directory, recursive = TRUE))
  args <- c("run", scenario, "--out", directory)
  if (!is.null(seed)) args <- c(args, "--seed", anarchy_seed(seed))
  if (!is.null(ticks)) args <- c(args, "--ticks", as.character(as.integer(ticks)))
  said <- anarchy_call(c(args, anarchy_edits(set)))
  record <- paste(readLines(file.path(directory, "run.json"), warn = FALSE), collapse = "")
  found <- regmatches(record, regexec('"seed": *"([0-9]+)"', record))[[1]]
  if (length(found) != 2) stop(directory, "/run.json: no seed found", call. = FALSE)
  seed_text <- found[2]
  list(
    series = utils::read.csv(file.path(directory, "series.csv")),
    final = utils::read.csv(file.path(directory, "final.csv")),
    seed = seed_text,
    digest = said[length(said)])
}
