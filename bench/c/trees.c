/* trees.c -- the hand-written C counterpart of bench/programs/trees.py.
 *
 * Complete binary trees are malloc'd node by node, counted recursively and
 * freed at once; the search tree takes its nodes from one array sized for
 * the number of keys, since it only grows. */
#include <stdio.h>
#include <stdlib.h>

typedef struct Node Node;
struct Node {
    long long key;
    Node *left, *right;
};

typedef struct {
    Node *root;
    long long size;
    Node *pool; /* nodes not yet used, at pool[size] onwards */
} SearchTree;

static void *xmalloc(size_t size)
{
    void *p = malloc(size);
    if (p == NULL) {
        fputs("trees: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static Node *node_new(long long key, Node *left, Node *right)
{
    Node *node = xmalloc(sizeof *node);
    *node = (Node){key, left, right};
    return node;
}

static long long node_count(const Node *self)
{
    long long n = 1;
    if (self->left != NULL)
        n += node_count(self->left);
    if (self->right != NULL)
        n += node_count(self->right);
    return n;
}

static void node_free(Node *self)
{
    if (self == NULL)
        return;
    node_free(self->left);
    node_free(self->right);
    free(self);
}

static Node *complete(int depth, long long key)
{
    if (depth == 0)
        return node_new(key, NULL, NULL);
    Node *left = complete(depth - 1, 2 * key);
    return node_new(key, left, complete(depth - 1, 2 * key + 1));
}

/* Returns 1 when key was added, 0 when it was there already. */
static int tree_insert(SearchTree *self, long long key)
{
    Node **link = &self->root;
    while (*link != NULL) {
        if (key == (*link)->key)
            return 0;
        link = key < (*link)->key ? &(*link)->left : &(*link)->right;
    }
    Node *node = &self->pool[self->size++];
    *node = (Node){key, NULL, NULL};
    *link = node;
    return 1;
}

static int tree_contains(const SearchTree *self, long long key)
{
    for (const Node *node = self->root; node != NULL; node = key < node->key ? node->left : node->right)
        if (key == node->key)
            return 1;
    return 0;
}

static int height(const Node *node)
{
    if (node == NULL)
        return 0;
    int left = height(node->left), right = height(node->right);
    return 1 + (left > right ? left : right);
}

/* Walks in order; *total accumulates key % 1000 * rank; returns the next rank. */
static long long weighted_sum(const Node *node, long long rank, long long *total)
{
    if (node == NULL)
        return rank;
    rank = weighted_sum(node->left, rank, total);
    *total += node->key % 1000 * rank;
    return weighted_sum(node->right, rank + 1, total);
}

int main(void)
{
    long long limit = 150000;
    int deepest = 14;
    Node *long_lived = complete(deepest, 1);
    for (int depth = 3; depth <= deepest; depth += 4) {
        long long trees = 1;
        for (int i = depth; i < deepest; i++)
            trees *= 2;
        long long checked = 0;
        for (long long t = 0; t < trees; t++) {
            Node *tree = complete(depth, 1);
            checked += node_count(tree);
            node_free(tree);
        }
        printf("%lld trees of depth %d count %lld\n", trees, depth, checked);
    }
    printf("long lived %lld\n", node_count(long_lived));

    SearchTree tree = {NULL, 0, xmalloc(limit * sizeof(Node))};
    long long seed = 42;
    for (long long i = 0; i < limit; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        tree_insert(&tree, seed % 10000000);
    }
    long long total = 0;
    long long ranks = weighted_sum(tree.root, 0, &total);
    long long found = 0;
    for (long long k = 0; k < 10000000; k += 97)
        found += tree_contains(&tree, k);
    printf("%lld %lld %d %lld %lld\n", tree.size, ranks, height(tree.root), total, found);
    free(tree.pool);
    node_free(long_lived);
    return 0;
}
