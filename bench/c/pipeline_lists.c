/* pipeline_lists.c -- the hand-written C counterpart of
 * bench/programs/pipeline_lists.py.
 *
 * Each stage fills a malloc'd array from the previous one, as the Python
 * builds a list at every stage; each array is freed once the next is made. */
#include <stdio.h>
#include <stdlib.h>

static long long *xmalloc_items(size_t n)
{
    long long *items = malloc((n > 0 ? n : 1) * sizeof *items);
    if (items == NULL) {
        fputs("pipeline_lists: out of memory\n", stderr);
        exit(1);
    }
    return items;
}

static long long *numbers(size_t n)
{
    long long *out = xmalloc_items(n);
    for (size_t i = 0; i < n; i++)
        out[i] = (long long)i;
    return out;
}

static long long *scaled(const long long *xs, size_t n)
{
    long long *out = xmalloc_items(n);
    for (size_t i = 0; i < n; i++)
        out[i] = xs[i] * 3;
    return out;
}

/* Returns the even items of xs; *kept receives how many. */
static long long *evens(const long long *xs, size_t n, size_t *kept)
{
    long long *out = xmalloc_items(n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (xs[i] % 2 == 0)
            out[k++] = xs[i];
    *kept = k;
    return out;
}

int main(void)
{
    size_t limit = 1000000;
    long long *all = numbers(limit);
    long long *times3 = scaled(all, limit);
    free(all);
    size_t n;
    long long *even = evens(times3, limit, &n);
    free(times3);
    long long count = 0, total = 0;
    for (size_t i = 0; i < n; i++) {
        count += 1;
        total += even[i];
    }
    printf("%lld %lld\n", count, total);
    free(even);
    return 0;
}
