// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QImage;
class QWidget;

namespace Newsroom {

// Grabs what the window system shows of `window` (falling back to rendering the widget
// where the platform cannot grab, e.g. offscreen) and writes it as a PNG file.
bool saveWindowScreenshot(QWidget *window, const QString &path, QString *error);

// Waits until `window` is on screen and painted, saves it to `path`, then quits the
// application: exit code 0 on success, 1 with a message on stderr otherwise.
void saveScreenshotAndQuit(QWidget *window, const QString &path);

} // namespace Newsroom
