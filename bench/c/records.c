/* records.c -- the hand-written C counterpart of acceptance/records.py.
 *
 * Writes the CSV sample, then reads it back a line at a time into one
 * Record on the stack (the generator's one-item-at-a-time shape), and
 * prints the small sequences the Python generators produce with plain loops.
 * Floats print in the shortest form that reads back (CPython's repr). */
#include "format_float.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    long ident;
    char label[32];
    double price;
} Record;

static FILE *open_or_die(const char *path, const char *mode)
{
    FILE *f = fopen(path, mode);
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    return f;
}

static void write_sample(const char *path, int n)
{
    FILE *f = open_or_die(path, "w");
    char price[32];
    for (int i = 0; i < n; i++) {
        format_float(price, sizeof price, i * 0.25);
        fprintf(f, "%d,item%d,%s\n", i, i % 10, price);
    }
    fclose(f);
}

/* Parses "IDENT,LABEL,PRICE\n" into *rec; returns 0 on a malformed line. */
static int parse_record(const char *line, Record *rec)
{
    char *end;
    rec->ident = strtol(line, &end, 10);
    if (*end != ',')
        return 0;
    const char *label = end + 1;
    const char *comma = strchr(label, ',');
    if (comma == NULL || (size_t)(comma - label) >= sizeof rec->label)
        return 0;
    memcpy(rec->label, label, comma - label);
    rec->label[comma - label] = '\0';
    rec->price = strtod(comma + 1, &end);
    return *end == '\n' || *end == '\0';
}

int main(void)
{
    const char *path = "records_sample.csv";
    write_sample(path, 50000);
    FILE *f = open_or_die(path, "r");
    char line[128];
    char cheapest[32] = "";
    long count = 0;
    double total = 0.0;
    Record rec;
    while (fgets(line, sizeof line, f) != NULL) {
        if (!parse_record(line, &rec)) {
            fprintf(stderr, "%s: malformed line: %s", path, line);
            return 1;
        }
        count += 1;
        total += rec.price;
        if (rec.ident == 7)
            strcpy(cheapest, rec.label);
    }
    fclose(f);
    char text[32];
    format_float(text, sizeof text, total);
    printf("%ld %s %s\n", count, text, cheapest);

    putchar('[');
    for (int n = 0; n < 11; n += 2)
        printf(n > 0 ? ", %d" : "%d", n);
    long sum = 0;
    for (int n = 0; n < 1000; n += 2)
        sum += n;
    printf("] %ld\n[", sum);
    for (int n = 5; n > 0; n--)
        printf(n < 5 ? ", %d" : "%d", n);
    printf("]\n");
    int best = 0;
    for (int i = 0; i < 10; i++)
        if (i * i > best)
            best = i * i;
    printf("%d\n", best);
    return 0;
}
