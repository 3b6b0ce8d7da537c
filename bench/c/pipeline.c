/* pipeline.c -- the hand-written C counterpart of bench/programs/pipeline.py.
 *
 * The three generators fuse into one loop: each number is scaled, filtered
 * and counted before the next is made, so nothing is stored. */
#include <stdio.h>

int main(void)
{
    long long limit = 1000000;
    long long count = 0, total = 0;
    for (long long i = 0; i < limit; i++) {
        long long x = i * 3;
        if (x % 2 == 0) {
            count += 1;
            total += x;
        }
    }
    printf("%lld %lld\n", count, total);
    return 0;
}
