/* team.c -- the hand-written C counterpart of acceptance/team.py.
 *
 * A team keeps its own copy of the roster's names (an array it owns), so
 * later changes to the roster do not reach it.  Reprs of the tuple and the
 * sorted list are written out by hand. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name;
    const char **members;
    size_t size;
} Team;

/* The team copies the roster array; the strings are shared, never changed. */
static Team team_new(const char *name, const char *const *roster, size_t n)
{
    Team team = {name, malloc(n * sizeof(const char *)), n};
    if (team.members == NULL)
        exit(1);
    memcpy(team.members, roster, n * sizeof(const char *));
    return team;
}

static int team_has(const Team *self, const char *who)
{
    for (size_t i = 0; i < self->size; i++)
        if (strcmp(self->members[i], who) == 0)
            return 1;
    return 0;
}

/* Prints the names as a repr: OPEN 'a', 'b' CLOSE, with the trailing comma
 * of a one-item tuple. */
static void print_names(const char *const *names, size_t n, const char *open, const char *close)
{
    fputs(open, stdout);
    for (size_t i = 0; i < n; i++)
        printf("%s'%s'", i > 0 ? ", " : "", names[i]);
    fputs(n == 1 && strcmp(open, "(") == 0 ? ",)" : close, stdout);
}

static int descending(const void *a, const void *b)
{
    return strcmp(*(const char *const *)b, *(const char *const *)a);
}

int main(void)
{
    const char *roster[4] = {"ann", "ben"};
    size_t roster_size = 2;
    roster[roster_size++] = "cat";
    Team team = team_new("red", roster, roster_size);
    roster[roster_size++] = "dan";

    printf("%s %zu ", team.name, team.size);
    print_names(team.members, team.size, "(", ")");
    printf("\n%s %s %zu\n", team_has(&team, "cat") ? "True" : "False",
           team_has(&team, "dan") ? "True" : "False", roster_size);

    const char *sorted[4];
    memcpy(sorted, team.members, team.size * sizeof *sorted);
    qsort(sorted, team.size, sizeof *sorted, descending);
    print_names(sorted, team.size, "[", "]");
    putchar('\n');

    for (size_t i = 0; i < team.size; i++) {
        printf("%zu ", i);
        for (const char *c = team.members[i]; *c != '\0'; c++)
            putchar(toupper((unsigned char)*c));
        putchar('\n');
    }
    free(team.members);
    return 0;
}
