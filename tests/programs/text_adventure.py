# A text adventure's state machine: rooms, items, a player, and a scripted
# list of commands parsed and applied one by one.


class GameError(Exception):
    pass


class Room:
    def __init__(self, name: str, description: str) -> None:
        self.name = name
        self.description = description
        self.exits: dict[str, "Room"] = {}
        self.items: list[str] = []
        self.locked: set[str] = set()

    def connect(self, direction: str, other: "Room", back: str) -> None:
        self.exits[direction] = other
        other.exits[back] = self

    def __repr__(self) -> str:
        return f"Room({self.name!r})"


class Player:
    MAX_ITEMS = 3

    def __init__(self, start: Room) -> None:
        self.room = start
        self.inventory: list[str] = []
        self.moves = 0
        self.visited = {start.name}

    def go(self, direction: str) -> str:
        if direction not in self.room.exits:
            raise GameError(f"no exit {direction} from the {self.room.name}")
        if direction in self.room.locked:
            if "key" not in self.inventory:
                raise GameError(f"the door {direction} is locked")
            self.room.locked.discard(direction)
        self.room = self.room.exits[direction]
        self.moves += 1
        self.visited.add(self.room.name)
        return self.room.description

    def take(self, item: str) -> str:
        if item not in self.room.items:
            raise GameError(f"there is no {item} here")
        if len(self.inventory) >= Player.MAX_ITEMS:
            raise GameError("your hands are full")
        self.room.items.remove(item)
        self.inventory.append(item)
        return f"taken: {item}"

    def drop(self, item: str) -> str:
        if item not in self.inventory:
            raise GameError(f"you carry no {item}")
        self.inventory.remove(item)
        self.room.items.append(item)
        return f"dropped: {item}"


def build_world() -> Room:
    hall = Room("hall", "A dusty hall.")
    kitchen = Room("kitchen", "Pots hang from hooks.")
    cellar = Room("cellar", "Cold and dark.")
    vault = Room("vault", "Gold glitters everywhere!")
    hall.connect("north", kitchen, "south")
    kitchen.connect("down", cellar, "up")
    cellar.connect("east", vault, "west")
    cellar.locked.add("east")
    kitchen.items += ["knife", "bread"]
    cellar.items.append("key")
    hall.items.append("lamp")
    return hall


def play(commands: list[str]) -> Player:
    player = Player(build_world())
    for number, line in enumerate(commands, 1):
        words = line.split()
        verb, args = words[0], words[1:]
        try:
            if verb == "go" and len(args) == 1:
                result = player.go(args[0])
            elif verb == "take" and args:
                result = player.take(" ".join(args))
            elif verb == "drop" and args:
                result = player.drop(" ".join(args))
            elif verb == "look":
                things = ", ".join(player.room.items) or "nothing"
                result = f"{player.room.name}: {things}; exits {sorted(player.room.exits)}"
            else:
                raise GameError(f"I don't understand {line!r}")
        except GameError as error:
            result = f"! {error}"
        print(f"{number:2d} > {line:<14} {result}")
    return player


p = play(["look", "take lamp", "go north", "take knife", "take bread", "go down", "take key",
          "drop bread", "take key", "go east", "go up", "dance", "go west", "look"])
print("room:", p.room, "moves:", p.moves, "carrying:", p.inventory)
print("visited:", sorted(p.visited), len(p.visited), "of", 4)
