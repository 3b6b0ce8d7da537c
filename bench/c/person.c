/* person.c -- the hand-written C counterpart of acceptance/person.py.
 *
 * The five Python forms of Person (plain class, __slots__, namedtuple,
 * typing.NamedTuple, frozen dataclass) are one struct in C; the records'
 * reprs, equality and hash are written out by hand.  The crowd of 100,000
 * is one malloc'd array sharing seven name strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name;
    int age;
} Person;

/* Prints p as a record's repr: KIND(name='...', age=N). */
static void print_record(const char *kind, Person p, const char *end)
{
    printf("%s(name='%s', age=%d)%s", kind, p.name, p.age, end);
}

static int person_equal(Person a, Person b)
{
    return strcmp(a.name, b.name) == 0 && a.age == b.age;
}

/* FNV-1a over the name, mixed with the age. */
static unsigned long long person_hash(Person p)
{
    unsigned long long h = 1469598103934665603ULL;
    for (const char *c = p.name; *c != '\0'; c++)
        h = (h ^ (unsigned char)*c) * 1099511628211ULL;
    return (h ^ (unsigned long long)p.age) * 1099511628211ULL;
}

static const char *bool_text(int b)
{
    return b ? "True" : "False";
}

int main(void)
{
    Person people[] = {{"Alice", 30}, {"Bob", 25}};
    for (int i = 0; i < 2; i++)
        printf("%s %d\n", people[i].name, people[i].age);
    people[1].age = people[1].age + 1;
    printf("%d\n", people[1].age);

    Person s = {"Carol", 41};
    s.age += 1;
    printf("%s %d\n", s.name, s.age);

    Person t = {"Dave", 52};
    print_record("PersonTuple", t, " ");
    printf("%s %d %s %d\n", t.name, t.age, t.name, t.age);

    Person tp = {"Eve", 29};
    print_record("TypedPerson", tp, " ");
    printf("%s %s\n", bool_text(person_equal(tp, (Person){"Eve", 29})),
           bool_text(person_equal(tp, (Person){"Eve", 30})));

    Person f = {"Frank", 60};
    print_record("FrozenPerson", f, " ");
    printf("%s\n", bool_text(person_equal(f, (Person){"Frank", 60})));
    printf("%s\n", bool_text(person_hash(f) == person_hash((Person){"Frank", 60})));

    enum { COUNT = 100000 };
    char names[7][4];
    for (int k = 0; k < 7; k++)
        snprintf(names[k], sizeof names[k], "p%d", k);
    Person *crowd = malloc(COUNT * sizeof *crowd);
    if (crowd == NULL)
        return 1;
    for (int i = 0; i < COUNT; i++)
        crowd[i] = (Person){names[i % 7], i};
    long long total = 0;
    for (int i = 0; i < COUNT; i++)
        total += crowd[i].age;
    printf("%d %lld %s\n", COUNT, total, crowd[COUNT - 1].name);
    free(crowd);
    return 0;
}
