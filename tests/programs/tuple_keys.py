# Tuples as dict keys and set elements: grid coordinates, flood fill, and
# CPython's tuple hash (a set of int tuples iterates in CPython's order).
GRID = ["#########",
        "#..#....#",
        "#..#.##.#",
        "#....#..#",
        "######..#",
        "#.......#",
        "#########"]


def open_cells() -> set[tuple[int, int]]:
    return {(r, c) for r, row in enumerate(GRID) for c, ch in enumerate(row) if ch == "."}


def flood(start: tuple[int, int], cells: set[tuple[int, int]]) -> dict[tuple[int, int], int]:
    distance = {start: 0}
    frontier = [start]
    while frontier:
        following: list[tuple[int, int]] = []
        for r, c in frontier:
            for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
                nxt = (r + dr, c + dc)
                if nxt in cells and nxt not in distance:
                    distance[nxt] = distance[(r, c)] + 1
                    following.append(nxt)
        frontier = following
    return distance


cells = open_cells()
print(len(cells), (1, 1) in cells, (0, 0) in cells)
dist = flood((1, 1), cells)
far = max(dist, key=lambda p: (dist[p], p))
print("farthest:", far, dist[far])
print(sorted(dist.items())[:5])
print({(1, 2), (2, 1), (3, 3), (1, 2)}, hash((1, 2)), hash((3, -1, 7)), hash(()) if False else 0)
seen: set[tuple[str, str]] = set()
for a, b in [("x", "y"), ("y", "x"), ("x", "y")]:
    key = (min(a, b), max(a, b))
    print(key, key in seen)
    seen.add(key)
for r in range(len(GRID)):
    print("".join(str(dist[(r, c)] % 10) if (r, c) in dist else GRID[r][c] for c in range(len(GRID[r]))))
