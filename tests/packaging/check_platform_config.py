#!/usr/bin/env python3
"""Checks on Linux what can be checked of the Windows and macOS packaging and of the CI workflow.

Usage: check_platform_config.py SOURCE_DIR BUILD_DIR VERSION

- the macOS Info.plist, configured from packaging/macos/Info.plist.in, is a valid property list with
  the bundle id, version, executable and icon the bundle really has;
- the Windows version resources, configured from packaging/windows/version.rc.in, carry the version,
  have no unreplaced @VARIABLES@, point at an icon that exists, and compile with MinGW's windres;
- the icons: every PNG size is the size it says, the .ico holds 16..256, the .icns holds 16..512;
- CPack is configured for every platform's installer (DEB, NSIS, WiX, DragNDrop);
- .github/workflows/build.yml parses, runs on Linux, Windows and macOS, gets Qt, QtKeychain and
  libphonenumber on each, runs the tests and uploads the three installers;
- the AppImage recipe is valid shell.
"""
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    check(header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def ico_sizes(path):
    with open(path, "rb") as f:
        data = f.read()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    check(reserved == 0 and kind == 1, f"{path} is not an .ico file")
    sizes = set()
    for i in range(count):
        width, height = data[6 + 16 * i], data[7 + 16 * i]
        sizes.add((width or 256, height or 256))
    return sizes


def icns_types(path):
    with open(path, "rb") as f:
        data = f.read()
    check(data[:4] == b"icns", f"{path} is not an .icns file")
    check(struct.unpack(">I", data[4:8])[0] == len(data), f"{path}: the length in its header is wrong")
    types, offset = set(), 8
    while offset + 8 <= len(data):
        kind, length = data[offset:offset + 4].decode("latin-1"), struct.unpack(">I", data[offset + 4:offset + 8])[0]
        types.add(kind)
        if length < 8:
            break
        offset += length
    return types


def main():
    source, build, version = sys.argv[1], sys.argv[2], sys.argv[3]
    icon_dir = os.path.join(source, "resources", "app-icon")
    major, minor, patch = (version.split(".") + ["0", "0"])[:3]

    # --- macOS Info.plist
    plist_path = os.path.join(build, "packaging", "Info.plist")
    if check(os.path.exists(plist_path), "packaging/Info.plist was not configured"):
        with open(plist_path, "rb") as f:
            text = f.read()
        check(b"@" not in text, "Info.plist has an unreplaced @VARIABLE@")
        plist = plistlib.loads(text)
        check(plist.get("CFBundleIdentifier") == "invalid.example.SoipComposer", "Info.plist: wrong CFBundleIdentifier")
        check(plist.get("CFBundleShortVersionString") == version, "Info.plist: CFBundleShortVersionString is not the version")
        check(plist.get("CFBundleVersion") == version, "Info.plist: CFBundleVersion is not the version")
        check(plist.get("CFBundleExecutable") == "SOIP Composer",
              "Info.plist: CFBundleExecutable must be the bundle's OUTPUT_NAME, SOIP Composer")
        check(plist.get("CFBundlePackageType") == "APPL", "Info.plist: not an application bundle")
        icon = plist.get("CFBundleIconFile", "")
        check(os.path.exists(os.path.join(icon_dir, icon)), f"Info.plist names icon {icon!r}, which does not exist")
        check(plist.get("NSHighResolutionCapable") is True, "Info.plist: not marked high-resolution capable")
        check("hi" in plist.get("CFBundleLocalizations", []), "Info.plist: Hindi is not among the localizations")

    # --- Windows resources
    for name, internal in (("soip-composer.rc", "soip-composer"), ("soip.rc", "soip")):
        path = os.path.join(build, "packaging", name)
        if not check(os.path.exists(path), f"packaging/{name} was not configured"):
            continue
        text = open(path, encoding="utf-8").read()
        check(not re.search(r"@[A-Z_]+@", text), f"{name} has an unreplaced @VARIABLE@")
        check(f"FILEVERSION {major},{minor},{patch},0" in text, f"{name}: FILEVERSION is not {version}")
        check(f"PRODUCTVERSION {major},{minor},{patch},0" in text, f"{name}: PRODUCTVERSION is not {version}")
        check(f'VALUE "ProductVersion", "{version}"' in text, f"{name}: ProductVersion string is not {version}")
        check(f'VALUE "OriginalFilename", "{internal}.exe"' in text, f"{name}: wrong OriginalFilename")
        icon = re.search(r'ICON\s+"([^"]+)"', text)
        if check(icon, f"{name} has no icon"):
            check(os.path.exists(icon.group(1)), f"{name} points at a missing icon {icon.group(1)}")
        # Compile it as the Windows build will, with MinGW's resource compiler.
        windres = shutil.which("x86_64-w64-mingw32-windres")
        if not check(windres, "x86_64-w64-mingw32-windres is not installed "
                              "(scripts/install-deps.sh test installs binutils-mingw-w64-x86-64)"):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            res = os.path.join(tmp, "out.res")
            run = subprocess.run([windres, "--preprocessor=cpp", "--preprocessor-arg=-DRC_INVOKED", path,
                                  "-O", "coff", "-o", res], capture_output=True, text=True)
            if check(run.returncode == 0, f"windres cannot compile {name}: {run.stderr.strip()}"):
                data = open(res, "rb").read()
                check(version.encode("utf-16-le") in data, f"{name}: the compiled resource lacks the version")
                check(len(data) > 50000, f"{name}: the compiled resource has no icon in it")

    # --- icons
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        path = os.path.join(icon_dir, f"soip-composer-{size}.png")
        if check(os.path.exists(path), f"missing {path}"):
            check(png_size(path) == (size, size), f"{path} is {png_size(path)}, not {size}x{size}")
    check(os.path.exists(os.path.join(icon_dir, "soip-composer.svg")), "missing the SVG icon")
    ico = ico_sizes(os.path.join(icon_dir, "soip-composer.ico"))
    for size in (16, 32, 48, 256):
        check((size, size) in ico, f"soip-composer.ico lacks {size}x{size}")
    icns = icns_types(os.path.join(icon_dir, "soip-composer.icns"))
    for kind, size in (("is32", 16), ("il32", 32), ("it32", 128), ("ic08", 256), ("ic09", 512)):
        check(kind in icns, f"soip-composer.icns lacks the {size}px image ({kind})")

    # --- CPack
    cpack_path = os.path.join(build, "CPackConfig.cmake")
    if check(os.path.exists(cpack_path), "CPackConfig.cmake was not generated"):
        cpack = open(cpack_path, encoding="utf-8").read()
        for variable in ("CPACK_DEBIAN_PACKAGE_DEPENDS", "CPACK_DEBIAN_PACKAGE_SHLIBDEPS",
                         "CPACK_NSIS_MUI_ICON", "CPACK_NSIS_INSTALLED_ICON_NAME", "CPACK_NSIS_DISPLAY_NAME",
                         "CPACK_WIX_UPGRADE_GUID", "CPACK_WIX_PRODUCT_ICON", "CPACK_DMG_VOLUME_NAME",
                         "CPACK_PACKAGE_EXECUTABLES", "CPACK_RESOURCE_FILE_LICENSE"):
            check(f"set({variable} " in cpack, f"CPack: {variable} is not set")
        check('"soip-composer;SOIP Composer"' in cpack,
              "CPack: no Start-menu shortcut (CPACK_PACKAGE_EXECUTABLES soip-composer;SOIP Composer)")
        guid = re.search(r'set\(CPACK_WIX_UPGRADE_GUID "([^"]+)"', cpack)
        check(guid and re.fullmatch(r"[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}", guid.group(1)),
              "CPack: CPACK_WIX_UPGRADE_GUID is not an upper-case GUID")
        check(not re.search(r'set\(CPACK_PACKAGE_ICON "[^"]*\.ico"', cpack),
              "CPack: CPACK_PACKAGE_ICON is an .ico, but NSIS takes it as a header bitmap")
        for path in re.findall(r'set\(CPACK_(?:NSIS_MUI_ICON|NSIS_MUI_UNIICON|WIX_PRODUCT_ICON|RESOURCE_FILE_LICENSE) "([^"]+)"', cpack):
            check(os.path.exists(path), f"CPack points at a missing file {path}")

    # --- what the Windows installer carries besides Qt (windeployqt copies Qt only)
    packaging_cmake = open(os.path.join(source, "packaging", "CMakeLists.txt"), encoding="utf-8").read()
    check(re.search(r"IMPORTED_RUNTIME_ARTIFACTS\s+Qt6Keychain::Qt6Keychain", packaging_cmake),
          "packaging/CMakeLists.txt does not install the QtKeychain DLL on Windows")
    check("qt_generate_deploy_app_script(TARGET soip-composer" in packaging_cmake
          and "qt_generate_deploy_app_script(TARGET soip " in packaging_cmake,
          "packaging/CMakeLists.txt does not deploy Qt for both programs on Windows")

    # --- CI workflow
    workflow_path = os.path.join(source, ".github", "workflows", "build.yml")
    if check(os.path.exists(workflow_path), "missing .github/workflows/build.yml"):
        try:
            import yaml
        except ImportError:
            failures.append("python3-yaml is not installed (scripts/install-deps.sh test installs it)")
            yaml = None
        if yaml:
            workflow = yaml.safe_load(open(workflow_path, encoding="utf-8"))
            text = open(workflow_path, encoding="utf-8").read()
            jobs = workflow.get("jobs", {})
            runners = " ".join(str(job.get("runs-on", "")) + " " + str(job.get("strategy", "")) for job in jobs.values())
            for os_name in ("ubuntu", "windows", "macos"):
                check(os_name in runners, f"build.yml has no job on a {os_name} runner")
            triggers = workflow.get(True, workflow.get("on"))  # YAML 1.1 reads a bare `on` as True
            check(triggers and "push" in triggers and "pull_request" in triggers,
                  "build.yml does not run on push and pull_request")
            for needle, why in (("jurplel/install-qt-action", "Qt for Windows/macOS"),
                                ("vcpkg install libphonenumber:x64-windows-static-md", "libphonenumber on Windows"),
                                ("-DVCPKG_TARGET_TRIPLET=x64-windows-static-md", "the same vcpkg triplet"),
                                ("qtkeychain", "QtKeychain"),
                                ("brew install", "Homebrew packages on macOS"),
                                ("scripts/install-deps.sh", "the Linux packages"),
                                ("ctest", "running the tests"),
                                ("-G DEB", "the .deb"), ("-G NSIS", "the NSIS installer"),
                                ("-G WIX", "the MSI"), ("-G DragNDrop", "the .dmg"),
                                ("actions/upload-artifact", "keeping the installers"),
                                ("build-appimage.sh", "the AppImage")):
                check(needle in text, f"build.yml lacks {needle} ({why})")
            for name, job in jobs.items():
                check(job.get("steps"), f"build.yml: job {name} has no steps")
                for step in job.get("steps", []):
                    check("uses" in step or "run" in step, f"build.yml: a step of {name} neither uses nor runs anything")

    # --- AppImage recipe
    recipe = os.path.join(source, "packaging", "appimage", "build-appimage.sh")
    if check(os.path.exists(recipe), "missing packaging/appimage/build-appimage.sh"):
        result = subprocess.run(["bash", "-n", recipe], capture_output=True, text=True)
        check(result.returncode == 0, f"build-appimage.sh is not valid shell: {result.stderr}")

    if failures:
        print("\n".join("FAIL: " + f for f in failures))
        return 1
    print("OK: Info.plist, .rc files, icons, CPack generators, the CI workflow and the AppImage recipe check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
