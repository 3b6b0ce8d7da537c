# Route planning on a small road network: Dijkstra with heapq, breadth-first
# reachability, and a report of the routes found.
import heapq
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Road:
    start: str
    end: str
    km: int


@dataclass
class Network:
    roads: dict[str, list[Road]] = field(default_factory=dict)

    def add(self, a: str, b: str, km: int) -> None:
        self.roads.setdefault(a, []).append(Road(a, b, km))
        self.roads.setdefault(b, []).append(Road(b, a, km))

    def towns(self) -> list[str]:
        return sorted(self.roads)

    def shortest(self, source: str, target: str) -> tuple[int, list[str]]:
        best: dict[str, int] = {source: 0}
        previous: dict[str, str] = {}
        queue: list[tuple[int, str]] = [(0, source)]
        while queue:
            distance, town = heapq.heappop(queue)
            if town == target:
                break
            if distance > best[town]:
                continue
            for road in self.roads[town]:
                candidate = distance + road.km
                if road.end not in best or candidate < best[road.end]:
                    best[road.end] = candidate
                    previous[road.end] = town
                    heapq.heappush(queue, (candidate, road.end))
        if target not in best:
            return -1, []
        path = [target]
        while path[-1] != source:
            path.append(previous[path[-1]])
        path.reverse()
        return best[target], path

    def reachable(self, source: str, limit: int) -> list[str]:
        seen = {source}
        frontier = [source]
        hops = 0
        while frontier and hops < limit:
            following: list[str] = []
            for town in frontier:
                for road in self.roads[town]:
                    if road.end not in seen:
                        seen.add(road.end)
                        following.append(road.end)
            frontier = following
            hops += 1
        return sorted(seen)


net = Network()
for a, b, km in [("Avon", "Bray", 7), ("Avon", "Cole", 9), ("Avon", "Finch", 14), ("Bray", "Cole", 10),
                 ("Bray", "Dale", 15), ("Cole", "Dale", 11), ("Cole", "Finch", 2), ("Dale", "Elm", 6),
                 ("Elm", "Finch", 9), ("Gort", "Holt", 3)]:
    net.add(a, b, km)
print("towns:", ", ".join(net.towns()))
for source, target in [("Avon", "Elm"), ("Bray", "Finch"), ("Elm", "Avon"), ("Avon", "Holt")]:
    km, path = net.shortest(source, target)
    if km < 0:
        print(f"{source} -> {target}: no route")
    else:
        print(f"{source} -> {target}: {km:3d} km via {' > '.join(path)}")
for hops in range(4):
    print(hops, net.reachable("Dale", hops))
longest = max((r for rs in net.roads.values() for r in rs), key=lambda r: (r.km, r.start))
print("longest road:", longest)
degree = {town: len(rs) for town, rs in net.roads.items()}
print(sorted(degree.items(), key=lambda item: (-item[1], item[0]))[:3])
