library(testthat)
library(anarchy)
test_check("anarchy")
