#pragma once

#include <QTextStream>

namespace soip::cli {

// UTF-8 streams on standard output and standard error, shared by every command.
QTextStream &out();
QTextStream &err();

} // namespace soip::cli
