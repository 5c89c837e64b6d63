#!/usr/bin/env Rscript
# Scores R's forecast package (ets, thetaf, auto.arima) on the same panel and the same rolling
# origins as `sufficiency bench forecast`, with the same measures (MASE, sMAPE, MSIS of the 95%
# interval, coverage of the 80% and 95% intervals), and times each method per series.
# Not run in CI: it needs R and the Debian package r-cran-forecast
# (apt-get install -y r-cran-forecast). See docs/BENCHMARKS.md, "Forecasting against R".
#
# Usage: Rscript scripts/forecast-vs-r.R BENCH_OUT_DIR HORIZON ORIGINS
#   BENCH_OUT_DIR  the --out folder of `sufficiency bench forecast`; its series.csv is the panel as
#                  evaluated (after --yearly-sum), and R's summary is written next to it (r-summary.csv)
#   ORIGINS        holdout, last:K, or years such as 2013-2018 (as --origins)
suppressPackageStartupMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: forecast-vs-r.R BENCH_OUT_DIR HORIZON ORIGINS")
out_dir <- args[1]
horizon <- as.integer(args[2])
origins_spec <- args[3]

panel <- read.csv(file.path(out_dir, "series.csv"), stringsAsFactors = FALSE, colClasses = c("character", "character", "numeric"))
first_origin <- 3  # as OriginForecasts.FIRST_ORIGIN

chosen_origins <- function(periods, n) {
  all <- seq(first_origin, n - 1)
  if (origins_spec == "holdout") return(all[all == n - horizon])
  if (startsWith(origins_spec, "last:")) {
    k <- as.integer(sub("last:", "", origins_spec))
    return(all[all >= n - k])
  }
  years <- unlist(lapply(strsplit(origins_spec, ",")[[1]], function(part) {
    r <- as.integer(strsplit(part, "-")[[1]])
    if (length(r) == 2) seq(r[1], r[2]) else r
  }))
  last_year <- as.integer(substr(periods[all], 1, 4))
  all[last_year %in% years]
}

mase_scale <- function(y, m) {
  lag <- if (length(y) > m) m else 1
  s <- mean(abs(diff(y, lag = lag)))
  if (s > 0) s else NA
}

fitters <- list(
  ets = function(y, h) forecast(ets(y), h = h, level = c(80, 95)),
  thetaf = function(y, h) thetaf(y, h = h, level = c(80, 95)),
  auto.arima = function(y, h) forecast(auto.arima(y), h = h, level = c(80, 95))
)

rows <- list()
seconds <- setNames(rep(0, length(fitters)), names(fitters))
failures <- setNames(rep(0, length(fitters)), names(fitters))
ids <- unique(panel$series_id)
for (id in ids) {
  s <- panel[panel$series_id == id, ]
  m <- if (grepl("-Q", s$period[1])) 4 else if (grepl("^[0-9]{4}-[0-9]{2}$", s$period[1])) 12 else 1
  values <- s$value
  n <- length(values)
  for (origin in chosen_origins(s$period, n)) {
    y <- ts(values[1:origin], frequency = m)
    steps <- min(horizon, n - origin)
    actual <- values[(origin + 1):(origin + steps)]
    scale <- mase_scale(values[1:origin], m)
    for (name in names(fitters)) {
      started <- proc.time()[["elapsed"]]
      fc <- tryCatch(fitters[[name]](y, horizon), error = function(e) NULL)
      if (is.null(fc)) {  # too short for the model: the naive forecast stands in, and is counted
        failures[[name]] <- failures[[name]] + 1
        fc <- naive(y, h = horizon, level = c(80, 95))
      }
      seconds[[name]] <- seconds[[name]] + proc.time()[["elapsed"]] - started
      f <- as.numeric(fc$mean)[1:steps]
      lo80 <- as.numeric(fc$lower[, 1])[1:steps]; hi80 <- as.numeric(fc$upper[, 1])[1:steps]
      lo95 <- as.numeric(fc$lower[, 2])[1:steps]; hi95 <- as.numeric(fc$upper[, 2])[1:steps]
      is <- (hi95 - lo95) + 2 / 0.05 * (lo95 - actual) * (actual < lo95) + 2 / 0.05 * (actual - hi95) * (actual > hi95)
      rows[[length(rows) + 1]] <- data.frame(method = name, series_id = id, origin = origin, step = seq_len(steps),
        ase = abs(actual - f) / scale, sape = ifelse(abs(actual) + abs(f) == 0, 0, 200 * abs(actual - f) / (abs(actual) + abs(f))),
        is = is / scale, in80 = actual >= lo80 & actual <= hi80, in95 = actual >= lo95 & actual <= hi95,
        width95 = (hi95 - lo95) / abs(f))
    }
  }
}
scores <- do.call(rbind, rows)
summary <- do.call(rbind, lapply(split(scores, scores$method), function(d) data.frame(
  method = d$method[1], forecasts = nrow(d), smape_percent = mean(d$sape, na.rm = TRUE), mase = mean(d$ase, na.rm = TRUE),
  msis = mean(d$is, na.rm = TRUE), coverage_80 = mean(d$in80), coverage_95 = mean(d$in95),
  relative_width_95 = median(d$width95[is.finite(d$width95)]),
  ms_per_series = 1000 * seconds[[d$method[1]]] / length(ids), fallbacks_to_naive = failures[[d$method[1]]])))
write.csv(summary, file.path(out_dir, "r-summary.csv"), row.names = FALSE)
print(summary, row.names = FALSE, digits = 4)
