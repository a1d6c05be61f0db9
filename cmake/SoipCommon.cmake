# Compile settings every target of the project shares (qBittorrent's qbt_common_cfg pattern).
add_library(soip_common_cfg INTERFACE)
target_compile_features(soip_common_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
option(SOIP_STRICT_WARNINGS "Warn on C casts, hidden virtuals and bases without a virtual destructor" ON)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(soip_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
    # qBittorrent's stricter set: C casts hide what a conversion does, and a hidden virtual or a
    # base without a virtual destructor is a bug waiting to happen.
    if(SOIP_STRICT_WARNINGS)
        target_compile_options(soip_common_cfg INTERFACE -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor)
    endif()
elseif(MSVC)
    target_compile_options(soip_common_cfg INTERFACE /W4 /utf-8)
endif()
target_compile_definitions(soip_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # A connect without a context object outlives whatever its lambda captured.
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# The version lives in one generated header (soipversion.h), so changing it rebuilds the few files
# that show it, not every file of the project.
configure_file(${CMAKE_CURRENT_LIST_DIR}/soipversion.h.in ${PROJECT_BINARY_DIR}/generated/soipversion.h @ONLY)
target_include_directories(soip_common_cfg INTERFACE ${PROJECT_BINARY_DIR}/generated)

# Precompiled Qt headers: parsing them again in every file was most of the build's time (a file of
# ui/ took 8.4 s to compile, 4.1 s with them). Each library precompiles the set of its layer once
# for its hundred files. Tests do not: a test is one file, precompiling per test costs more than it
# saves (18 s against 6), and GCC refuses one set shared by all, because Qt Test defines
# QT_TESTCASE_BUILDDIR differently in each folder. A file still includes what it uses; with
# -Winvalid-pch (CMake's) and warnings as errors (dev) a set that cannot be used fails the build.
option(SOIP_PCH "Precompile the Qt headers most files include" ON)
set(SOIP_PCH_CORE
    <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QDir> <QtCore/QFile>
    <QtCore/QFileInfo> <QtCore/QHash> <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject>
    <QtCore/QList> <QtCore/QLocale> <QtCore/QObject> <QtCore/QPointer> <QtCore/QSet> <QtCore/QString>
    <QtCore/QStringList> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QVariant> <QtNetwork/QNetworkAccessManager>
    <QtNetwork/QNetworkReply> <functional> <memory> <optional>)
set(SOIP_PCH_GUI ${SOIP_PCH_CORE} <QtGui/QColor> <QtGui/QFont> <QtGui/QImage> <QtGui/QPainter>)
set(SOIP_PCH_WIDGETS ${SOIP_PCH_GUI}
    <QtGui/QAction> <QtWidgets/QApplication> <QtWidgets/QComboBox> <QtWidgets/QFormLayout>
    <QtWidgets/QHBoxLayout> <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QMenu>
    <QtWidgets/QMessageBox> <QtWidgets/QPlainTextEdit> <QtWidgets/QPushButton> <QtWidgets/QToolButton>
    <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>)
# soip_precompile(TARGET CORE|GUI|WIDGETS): the target's files get that set precompiled.
function(soip_precompile target layer)
    if(SOIP_PCH)
        target_precompile_headers(${target} PRIVATE ${SOIP_PCH_${layer}})
    endif()
endfunction()
