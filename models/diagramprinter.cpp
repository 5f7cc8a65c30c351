// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "diagramprinter.h"

#include "diagram.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

#include <algorithm>

namespace headroom {

bool printDiagram(const Chain &chain, const AnalysisResult &result, LevelUnit unit)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape); // chains run left to right
    printer.setDocName(chain.title.isEmpty() ? QCoreApplication::translate("Report", "Signal chain") : chain.title);
    QPrintDialog dialog(&printer);
    dialog.setWindowTitle(QCoreApplication::translate("Report", "Print the diagram"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const DiagramOptions options{unit, {}};
    const QSizeF size = diagramSize(chain, options);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const double scale = std::min(page.width() / size.width(), page.height() / size.height());
    painter.scale(scale, scale);
    paintDiagram(painter, chain, result, options);
    return painter.end();
}

} // namespace headroom
