"""Screenshots for docs/stage.md: the console beside the stage display, in each phase and with a message.

Usage: DISPLAY=:99 python tools/stage_screenshots.py docs/images
Writes stage-normal.png, stage-warning.png, stage-overtime.png, stage-message.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshot import staged_window

#: Allotted seconds that put the staged speaker (1:38 into the turn) in each phase.
PHASES = {"normal": 300, "warning": 120, "overtime": 60}


def side_by_side(console_image: QImage, stage_image: QImage) -> QImage:
    height = max(console_image.height(), stage_image.height())
    out = QImage(console_image.width() + stage_image.width() + 24, height, QImage.Format.Format_RGB32)
    out.fill(QColor("#d1d5db"))
    painter = QPainter(out)
    painter.drawImage(0, 0, console_image)
    painter.drawImage(console_image.width() + 24, (height - stage_image.height()) // 2, stage_image)
    painter.end()
    return out


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        window, console, db = staged_window(Path(data))
        window.resize(1300, 820)
        window.show()
        window.stage.toggle_display()
        window.stage.display.resize(960, 540)
        shots = [(name, allotted, "") for name, allotted in PHASES.items()]
        shots.append(("message", 120, "Please wrap up"))

        def take(index: int = 0) -> None:
            if index == len(shots):
                app.quit()
                return
            name, allotted, message = shots[index]
            console.set_allotted(allotted)
            window.stage.set_message(message)
            window.stage._flash_started = None  # a still picture: show the steady colours
            window.tick()
            QTimer.singleShot(400, lambda: capture(index, name))

        def capture(index: int, name: str) -> None:
            window.stage._flash_started = None
            window.tick()
            image = side_by_side(window.grab().toImage(), window.stage.display.grab().toImage())
            target = folder / f"stage-{name}.png"
            image.scaled(
                image.width() * 2 // 3,
                image.height() * 2 // 3,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ).save(str(target))
            print(target)
            take(index + 1)

        QTimer.singleShot(800, take)
        app.exec()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
