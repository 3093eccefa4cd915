/*
 * sdw1.c -- a tight, single-threaded C port of SDW-1 (shared/specs/sdw1.md).
 *
 * It exists for two jobs: the speed reference the Swift engine is measured against
 * (docs/PERFORMANCE.md), and a second, independent route to the digests in tests.
 * Build exactly as the benchmark compares it:
 *     cc -O2 -fno-fast-math -ffp-contract=off -o sdw1 sdw1.c -lm
 * Usage: sdw1 [--name value ...] [--series FILE]
 * Flags are the CLI's kebab-case names (--n --k --ticks --seed --p-greedy ...).
 * Inputs are trusted here (the Swift CLI is the validating front end).
 * Prints the 16-hex-digit digest on stdout.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng;
static inline uint64_t next_u64(void) {
    rng += 0x9E3779B97F4A7C15ULL;
    uint64_t z = rng;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static inline double uniform(void) { return (double)(next_u64() >> 11) * 0x1.0p-53; }
static inline double normal(void) {
    double u1 = uniform();
    double u2 = uniform();
    return sqrt(-2.0 * log(1.0 - u1)) * cos(6.283185307179586 * u2);
}
static inline double dmin(double x, double y) { return y < x ? y : x; }
static inline double dmax(double x, double y) { return y > x ? y : x; }
static inline double clampd(double x, double lo, double hi) { return dmin(dmax(x, lo), hi); }

int main(int argc, char **argv) {
    long n = 12, k = 2, ticks = 200;
    uint64_t seed = 1;
    double pGreedy = 0.25, beta = 1.5, delta = 0.5, sigma = 0.02, growth = 0.03, burden = 0.5;
    double s0 = 0.03, sGreedy = 0.08, sMax = 0.25, kappa = 0.5, phiGreedy = 0.7, rho = 0.05;
    double attackRatio = 1.2, spoils = 0.3, attrition = 0.3, conquest = 0.2;
    const char *series = NULL;
    for (int a = 1; a + 1 < argc; a += 2) {
        const char *f = argv[a], *v = argv[a + 1];
#define R(name, var) else if (!strcmp(f, name)) var = strtod(v, NULL);
        if (!strcmp(f, "--n")) n = strtol(v, NULL, 10);
        else if (!strcmp(f, "--k")) k = strtol(v, NULL, 10);
        else if (!strcmp(f, "--ticks")) ticks = strtol(v, NULL, 10);
        else if (!strcmp(f, "--seed")) seed = strtoull(v, NULL, 10);
        else if (!strcmp(f, "--series")) series = v;
        R("--p-greedy", pGreedy) R("--beta", beta) R("--delta", delta) R("--sigma", sigma)
        R("--growth", growth) R("--burden", burden) R("--s0", s0) R("--s-greedy", sGreedy)
        R("--s-max", sMax) R("--kappa", kappa) R("--phi-greedy", phiGreedy) R("--rho", rho)
        R("--attack-ratio", attackRatio) R("--spoils", spoils) R("--attrition", attrition)
        R("--conquest", conquest)
        else { fprintf(stderr, "unknown flag %s\n", f); return 2; }
#undef R
    }
    FILE *out = NULL;
    if (series) {
        out = fopen(series, "w");
        if (!out) { perror(series); return 2; }
        fprintf(out, "tick,alive,wars,meanShare,spiral,offense,defense,wealth\n");
    }
    const long deg = 2 * k;
    unsigned char *greedy = malloc(n), *alive = malloc(n);
    double *w = malloc(n * sizeof(double)), *w0 = malloc(n * sizeof(double));
    double *o = malloc(n * sizeof(double)), *d = malloc(n * sizeof(double));
    double *s = malloc(n * sizeof(double)), *av = malloc(n * sizeof(double));
    double *bv = malloc(n * sizeof(double)), *threat = malloc(n * sizeof(double));
    int32_t *nb = malloc(n * deg * sizeof(int32_t));
    double *belief = malloc(n * deg * sizeof(double));
    rng = seed;
    for (long i = 0; i < n; i++) greedy[i] = uniform() < pGreedy;
    for (long i = 0; i < n; i++) {
        w[i] = 100.0 * (0.5 + uniform()); w0[i] = w[i]; o[i] = 0.0; d[i] = 0.0; alive[i] = 1;
        s[i] = greedy[i] ? sGreedy : s0; av[i] = 0.0; bv[i] = 0.0;
    }
    for (long i = 0; i < n; i++) {
        /* ascending neighbour indices: those below i (wrapped ones are large), sorted */
        int32_t tmp[deg];
        long c = 0;
        for (long m = 1; m <= k; m++) { tmp[c++] = (int32_t)((i - m + n) % n); tmp[c++] = (int32_t)((i + m) % n); }
        for (long x = 1; x < deg; x++) { int32_t v = tmp[x]; long y = x - 1; while (y >= 0 && tmp[y] > v) { tmp[y + 1] = tmp[y]; y--; } tmp[y + 1] = v; }
        for (long x = 0; x < deg; x++) { nb[i * deg + x] = tmp[x]; belief[i * deg + x] = pGreedy; }
    }
    const double phiSeeker = 1.0 / (1.0 + beta);
    const double muG = delta * sGreedy * phiGreedy + (1.0 - delta) * sGreedy * 0.5;
    const double muS = delta * s0 * phiSeeker + (1.0 - delta) * s0 * 0.5;
    const double twoSigma2 = 2.0 * sigma * sigma;
    const double top = 1.0 - 1e-9;
    for (long t = 1; t <= ticks; t++) {
        for (long i = 0; i < n; i++) {
            if (!alive[i]) continue;
            double th = 0.0; int have = 0;
            double den = beta * d[i] + 1.0;
            for (long x = 0; x < deg; x++) {
                long j = nb[i * deg + x];
                if (!alive[j]) continue;
                double po = delta * o[j] + (1.0 - delta) * (o[j] + d[j]) * 0.5;
                double c = belief[i * deg + x] * po / den;
                if (!have) { th = c; have = 1; } else th = dmax(th, c);
            }
            threat[i] = th;
        }
        for (long i = 0; i < n; i++) {
            if (!alive[i]) continue;
            double phi;
            if (greedy[i]) { s[i] = sGreedy; phi = phiGreedy; }
            else { s[i] = dmin(sMax, s0 * (1.0 + kappa * threat[i])); phi = phiSeeker; }
            double spend = s[i] * w[i];
            av[i] = spend * phi; bv[i] = spend * (1.0 - phi);
            o[i] = (1.0 - rho) * o[i] + av[i];
            d[i] = (1.0 - rho) * d[i] + bv[i];
            w[i] = w[i] * (1.0 + growth - burden * s[i]);
        }
        for (long i = 0; i < n; i++) {
            if (!alive[i]) continue;
            for (long x = 0; x < deg; x++) {
                long j = nb[i * deg + x];
                if (!alive[j]) continue;
                double z = normal();
                double y = (delta * av[j] + (1.0 - delta) * (av[j] + bv[j]) * 0.5) / w[j] + sigma * z;
                double llr = clampd(((y - muS) * (y - muS) - (y - muG) * (y - muG)) / twoSigma2, -30.0, 30.0);
                double p = belief[i * deg + x];
                double odds = p / (1.0 - p) * exp(llr);
                belief[i * deg + x] = clampd(odds / (1.0 + odds), 1e-9, top);
            }
        }
        long wars = 0;
        for (long i = 0; i < n; i++) {
            if (!alive[i] || !greedy[i]) continue;
            long tg = -1;
            for (long x = 0; x < deg; x++) {
                long j = nb[i * deg + x];
                if (!alive[j]) continue;
                if (tg < 0 || d[j] < d[tg]) tg = j;
            }
            if (tg < 0 || !(o[i] > attackRatio * beta * d[tg])) continue;
            wars++;
            long j = tg;
            double pWin = o[i] * o[i] / (o[i] * o[i] + (beta * d[j]) * (beta * d[j]));
            double u = uniform();
            o[i] = o[i] * (1.0 - attrition);
            d[j] = d[j] * (1.0 - attrition);
            if (u < pWin) {
                double take = w[j] * spoils;
                w[j] = w[j] - take; w[i] = w[i] + take;
                if (w[j] < conquest * w0[j]) { w[i] = w[i] + w[j]; w[j] = 0.0; alive[j] = 0; o[j] = 0.0; d[j] = 0.0; }
            }
            for (long x = 0; x < deg; x++) {
                long m = nb[i * deg + x];
                if (!alive[m]) continue;
                for (long q = 0; q < deg; q++) if (nb[m * deg + q] == i) { belief[m * deg + q] = top; break; }
            }
        }
        if (out) {
            long na = 0, pairs = 0; double sumS = 0.0, sp = 0.0, so = 0.0, sd = 0.0, sw = 0.0;
            for (long i = 0; i < n; i++) if (alive[i]) { na++; sumS = sumS + s[i]; so = so + o[i]; sd = sd + d[i]; sw = sw + w[i]; }
            for (long i = 0; i < n; i++) {
                if (!alive[i] || greedy[i]) continue;
                for (long x = 0; x < deg; x++) { long j = nb[i * deg + x]; if (alive[j] && !greedy[j]) { sp = sp + belief[i * deg + x]; pairs++; } }
            }
            fprintf(out, "%ld,%ld,%ld,%.17g,%.17g,%.17g,%.17g,%.17g\n", t, na, wars, sumS / (double)na,
                    pairs ? sp / (double)pairs : 0.0, so, sd, sw);
        }
    }
    if (out) fclose(out);
    uint64_t h = 0xcbf29ce484222325ULL;
#define HB(v) do { uint64_t bits; double vv = (v); memcpy(&bits, &vv, 8); for (int q = 0; q < 8; q++) { h = (h ^ ((bits >> (8 * q)) & 0xff)) * 0x100000001b3ULL; } } while (0)
    for (long i = 0; i < n; i++) { HB(w[i]); HB(o[i]); HB(d[i]); }
    for (long i = 0; i < n * deg; i++) HB(belief[i]);
    printf("%016llx\n", (unsigned long long)h);
    return 0;
}
