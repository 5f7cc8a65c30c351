// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The editor with a 500-device project (studiochain.h, 63 studio blocks): how long opening takes, in the controller
// alone and in the real window until its first frame, and the frame times while a device and then a whole block of
// eight are dragged. Run under a display or with QT_QPA_PLATFORM=offscreen:
//   ./build/benchmarks/bench_editor [devices=504] [drag steps=120]

#include "projectcontroller.h"
#include "projectfile.h"
#include "scenegraph.h"
#include "studiochain.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(HeadroomPlugin)
Q_IMPORT_QML_PLUGIN(Headroom_ModelsPlugin)

using namespace headroom;

namespace {

QTextStream out(stdout);

/// Milliseconds until the window shows a new frame.
double untilFrame(QQuickWindow *window, QElapsedTimer &clock)
{
    bool swapped = false;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, [&swapped] { swapped = true; });
    window->requestUpdate();
    while (!swapped)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QObject::disconnect(connection);
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

void report(const char *what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    out << what << ": median " << at(0.5) << " ms, 95th percentile " << at(0.95) << " ms, worst " << ms.back() << " ms (" << ms.size()
        << " frames)\n";
}

/// Moves devices in steps as a drag does, timing each step from the edit to the frame that shows it.
std::vector<double> drag(QQuickWindow *window, ProjectController &project, const QStringList &ids, int steps)
{
    project.session()->setSelection(ids);
    std::vector<double> frames;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer clock;
        clock.start();
        project.session()->moveSelection(i % 2 ? -20 : 20, 0);
        frames.push_back(untilFrame(window, clock));
    }
    return frames;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int devices = argc > 1 ? std::atoi(argv[1]) : 504;
    const int steps = argc > 2 ? std::atoi(argv[2]) : 120;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.headroom"));
    if (const QString error = saveProject(test::studio(devices), path); !error.isEmpty()) {
        out << error << '\n';
        return 1;
    }
    out << devices << " devices, " << QFileInfo(path).size() / 1024 << " KiB project\n";

    {
        ProjectController project;
        QElapsedTimer clock;
        clock.start();
        project.open(QUrl::fromLocalFile(path));
        out << "open in the controller (parse, analyse, models): " << static_cast<double>(clock.nsecsElapsed()) / 1e6 << " ms\n";
    }

    chooseSceneGraphBackend();
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Headroom/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    auto *project = window->property("project").value<ProjectController *>();
    QElapsedTimer settle;
    settle.start();
    untilFrame(window, settle); // the empty window's first frame

    QElapsedTimer clock;
    clock.start();
    QMetaObject::invokeMethod(window, "openUrl", Q_ARG(QVariant, QUrl::fromLocalFile(path)));
    out << "open in the window until its first frame: " << untilFrame(window, clock) << " ms ("
        << (window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? "software" : "OpenGL") << " scene graph)\n";

    report("drag one device", drag(window, *project, {QStringLiteral("amp0")}, steps));
    QStringList block;
    for (const char *prefix : {"talker", "mic", "daw", "iface", "amp", "split", "a", "b"})
        block << QString::fromLatin1(prefix) + u'5';
    report("drag a block of 8", drag(window, *project, block, steps));
    out.flush();
    return 0;
}
