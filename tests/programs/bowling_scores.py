# Ten-pin bowling: frames parsed from score sheets, strikes and spares
# scored with their bonus rolls, invalid sheets rejected with reasons.
class SheetError(Exception):
    def __init__(self, player: str, reason: str) -> None:
        super().__init__(f"{player}: {reason}")
        self.player = player


class Game:
    def __init__(self, player: str, sheet: str) -> None:
        self.player = player
        self.rolls = self.parse(sheet)

    def parse(self, sheet: str) -> list[int]:
        rolls: list[int] = []
        for mark in sheet.replace(" ", ""):
            if mark == "X":
                rolls.append(10)
            elif mark == "/":
                if not rolls:
                    raise SheetError(self.player, "a spare cannot open the sheet")
                rolls.append(10 - rolls[-1])
            elif mark == "-":
                rolls.append(0)
            elif mark.isdigit():
                rolls.append(int(mark))
            else:
                raise SheetError(self.player, f"unknown mark {mark!r}")
        return rolls

    def frames(self) -> list[int]:
        scores: list[int] = []
        i = 0
        for _ in range(10):
            if i >= len(self.rolls):
                raise SheetError(self.player, f"only {len(scores)} frames")
            if self.rolls[i] == 10:
                bonus = self.rolls[i + 1:i + 3]
                if len(bonus) < 2:
                    raise SheetError(self.player, "strike without its bonus rolls")
                scores.append(10 + sum(bonus))
                i += 1
            else:
                pair = self.rolls[i:i + 2]
                if sum(pair) == 10:
                    scores.append(10 + self.rolls[i + 2])
                else:
                    scores.append(sum(pair))
                i += 2
        return scores

    def total(self) -> int:
        return sum(self.frames())


sheets = {"ann": "X X X X X X X X X X X X", "bob": "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-",
          "cy": "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5", "dee": "X 7/ 9- X -8 8/ -6 X X X81",
          "eve": "X X X", "fay": "/5 X", "gus": "X X X X X X X X X X Q"}
totals: dict[str, int] = {}
for player, sheet in sheets.items():
    try:
        game = Game(player, sheet)
        frames = game.frames()
        running = [sum(frames[:k + 1]) for k in range(len(frames))]
        totals[player] = game.total()
        print(f"{player:>4}: {' '.join(f'{r:3d}' for r in running)}  = {game.total()}")
    except SheetError as error:
        print(f"{error.player:>4}: rejected ({error})")
best = max(totals, key=lambda p: totals[p])
print("winner:", best, totals[best], "| average", round(sum(totals.values()) / len(totals), 1))
