# The R package against the binary (ANARCHY_BINARY, or anarchy on PATH). Expected values come from
# outside the package: the seed round trip (a sweep's row re-run on its own gives the stored
# digest), the long view pivoted against the wide one, and the binary's documented columns.

work <- tempfile("anarchy-r-")
dir.create(work)
store <- file.path(work, "fw.sqlite")
wide <- anarchy_sweep("four-worlds", store = store, replications = 2)

test_that("anarchy_results returns a data.frame with the documented columns", {
  long <- anarchy_results(store)
  expect_s3_class(long, "data.frame")
  expect_identical(names(long), c("experiment", "point", "replication", "seed",
                                  "system.beta", "system.delta", "metric", "value"))
  expect_identical(nrow(long), 8L * 6L)
  expect_type(long$seed, "character")
  expect_type(long$value, "double")
  expect_setequal(unique(long$metric), c("wars", "conquered", "meanShareMean", "spiralMean", "misperceptionMean", "alive"))
})

test_that("the wide view has one row per run and a column per metric", {
  expect_identical(nrow(wide), 8L)
  expect_identical(names(wide), c("experiment", "point", "replication", "seed", "digest", "system.beta", "system.delta",
                                  "wars", "conquered", "meanShareMean", "spiralMean", "misperceptionMean", "alive"))
  expect_setequal(unique(wide$system.beta), c(0.5, 2.5))
})

test_that("the long view pivots to the wide one", {
  long <- anarchy_results(store, view = "long")
  for (metric in c("wars", "spiralMean", "alive")) {
    part <- long[long$metric == metric, ]
    part <- part[order(part$point, part$replication), ]
    expect_identical(part$value, wide[order(wide$point, wide$replication), metric])
  }
})

test_that("seeds are exact text, and a row re-run gives its digest", {
  expect_true(any(nchar(wide$seed) >= 17))  # beyond 2^53: a double would round them
  for (i in seq_len(nrow(wide))) {
    again <- anarchy_run("jervis-1-doubly-dangerous", seed = wide$seed[i],
                         set = list(system.beta = wide$system.beta[i], system.delta = wide$system.delta[i]))
    expect_identical(again$digest, wide$digest[i])
    expect_identical(again$seed, wide$seed[i])
  }
})

test_that("a missing metric is NA, and an experiment is chosen by name", {
  file <- file.path(work, "missing.yaml")
  writeLines(c("name: missing", "base: greedy-power", "factors:", "  - {path: ticks, values: [30]}",
               "replications: 2", "seed: 5", "metrics: [wars, honouredShare]"), file)
  frame <- anarchy_sweep(file, store = store)
  expect_true(all(is.na(frame$honouredShare)))
  expect_type(frame$honouredShare, "double")
  expect_false("system.beta" %in% names(frame))
  both <- anarchy_results(store, view = "wide")
  expect_identical(nrow(both), 8L + 2L)
  expect_identical(nrow(anarchy_results(store, view = "wide", experiment = "four-worlds")), 8L)
})

test_that("a results CSV reads with seeds as exact text", {
  csv <- file.path(work, "runs.csv")
  writeLines(anarchy_call(c("results", store, "--experiment", "four-worlds", "--runs", "--format", "csv", "--names", "snake")), csv)
  frame <- anarchy_results(csv)
  expect_type(frame$seed, "character")
  expect_identical(sort(frame$seed), sort(wide$seed))
  expect_true("system_beta" %in% names(frame))
  expect_error(anarchy_results(csv, view = "wide"), "a CSV is read as it is")
})

test_that("errors say what is wrong", {
  expect_error(anarchy_results(file.path(work, "nowhere.sqlite")), "no such results store")
  expect_error(anarchy_results(store, experiment = "absent"), "no experiment 'absent'")
  expect_error(anarchy_run("no-such-scenario"), "status 2: .*no-such-scenario")
  expect_error(anarchy_run("spiral", seed = 2^60), "as text")
  expect_error(anarchy_run("spiral", seed = c("1", "2")), "one seed")
  expect_error(anarchy_run("spiral", set = list(system.beta = c(1, 2))), "single value")
})
