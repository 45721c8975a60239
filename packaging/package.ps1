#!/usr/bin/env pwsh
# Builds Sextant's Windows or macOS installer with jpackage: the same recipe as package.sh
# (Linux), in PowerShell because bash is not at home on Windows and is 3.2 on macOS.
#   Windows: target/jpackage/installers/Sextant-<version>.msi   (needs WiX 3 on PATH)
#   macOS:   target/jpackage/installers/Sextant-<version>.dmg   (signed when MAC_SIGNING_IDENTITY is set)
# usage: pwsh packaging/package.ps1 [-Type msi|exe|dmg|pkg]
# Needs JAVA_HOME pointing at a full JDK 17+ (jdeps, jlink, jpackage) and Maven on PATH.
# NOT run on this project's own machines (Linux only): written for the GitHub Actions runners
# in .github/workflows/installers.yml, which are where it is exercised.
param([string]$Type = $(if ($IsWindows) { 'msi' } else { 'dmg' }))

Set-StrictMode -Version 3
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

$Work = 'target/jpackage'
$InputDir = "$Work/input"      # not $Input: that name is PowerShell's own
$Runtime = "$Work/runtime"
$ImageDir = "$Work/image"
$InstallerDir = "$Work/installers"
$MainClass = 'dev.sextant.Main'
$Description = 'Desktop SQL client for PostgreSQL and SQLite'
$Vendor = 'The Sextant authors'
# Same reasons as in package.sh: modules reached by reflection, which jdeps cannot see.
$ExtraModules = 'jdk.crypto.ec,java.naming,java.sql,jdk.unsupported'
# Windows finds an installed Sextant by this code to upgrade it in place: never change it.
$UpgradeUuid = '6f1d2a8e-5b0c-4c3e-9a57-3d8f0e2b7c41'

$Exe = if ($IsWindows) { '.exe' } else { '' }
if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 17 or newer.' }
$Jdk = "$env:JAVA_HOME/bin"

# Runs a native command and stops on failure (PowerShell does not, by itself). A plain function
# on purpose: $args keeps -B, --type and the like as text instead of binding them as parameters.
function Invoke-Tool {
    $command = $args[0]
    $arguments = @($args | Select-Object -Skip 1)
    & $command @arguments
    if ($LASTEXITCODE -ne 0) { throw "$command failed with exit code $LASTEXITCODE" }
}

# -D arguments are quoted: unquoted, PowerShell splits -Dexpression=project.version at the dot.
function Get-ProjectVersion {
    $out = & mvn -B -q help:evaluate -DforceStdout '-Dexpression=project.version'
    if ($LASTEXITCODE -ne 0) { throw 'mvn help:evaluate failed' }
    ($out -join '') -replace '\x1b\[[0-9;]*m', '' -replace '\s', ''
}

function Build-Input([string]$Jar) {
    Remove-Item -Recurse -Force $InputDir -ErrorAction SilentlyContinue
    Invoke-Tool mvn -B -q -DskipTests package dependency:copy-dependencies `
        '-DincludeScope=runtime' "-DoutputDirectory=$InputDir"
    Copy-Item "target/$Jar" $InputDir
    if ($IsMacOS) { Expand-JavaFxNatives }
}

# macOS: JavaFX loads its dylibs from beside its jars when they are there, else it copies them
# into ~/.openjfx. Inside the .app they are signed with it; copied out, a hardened (notarized)
# runtime would refuse to load them.
function Expand-JavaFxNatives {
    $jar = Get-ChildItem "$InputDir/javafx-graphics-*-mac*.jar" | Select-Object -First 1
    $libs = & "$Jdk/jar$Exe" --list --file $jar.FullName | Where-Object { $_ -match '^lib[^/]*\.dylib$' }
    if (-not $libs) { throw "no native libraries in $($jar.Name)" }
    Push-Location $InputDir
    try { Invoke-Tool "$Jdk/jar$Exe" --extract --file $jar.Name @libs } finally { Pop-Location }
}

function Build-Runtime([string]$Jar) {
    $classPath = (Get-ChildItem "$InputDir/*.jar" | ForEach-Object FullName) -join [IO.Path]::PathSeparator
    $found = & "$Jdk/jdeps$Exe" --print-module-deps --ignore-missing-deps --multi-release 17 `
        --class-path $classPath "$InputDir/$Jar"
    if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
    $modules = "$($found | Select-Object -Last 1),$ExtraModules"
    Write-Host "==> jlink runtime with $modules"
    Remove-Item -Recurse -Force $Runtime -ErrorAction SilentlyContinue
    Invoke-Tool "$Jdk/jlink$Exe" --add-modules $modules --output $Runtime `
        --strip-debug --no-header-files --no-man-pages --compress=1 --generate-cds-archive
    # Only for heaps over 32 GB, which -Xmx1g rules out (see package.sh).
    Get-ChildItem -Recurse $Runtime -Filter classes_nocoops.jsa | Remove-Item
}

function Test-Runtime {
    Remove-Item -Recurse -Force "$Work/probe" -ErrorAction SilentlyContinue
    Invoke-Tool "$Jdk/javac$Exe" --release 17 -d "$Work/probe" packaging/RuntimeProbe.java
    $classPath = @("$Work/probe") + (Get-ChildItem "$InputDir/*.jar" | ForEach-Object FullName)
    Invoke-Tool "$Runtime/bin/java$Exe" -cp ($classPath -join [IO.Path]::PathSeparator) RuntimeProbe
}

# jpackage wants .ico on Windows and .icns on macOS; both are made from packaging/sextant.png.
function New-Icons {
    Invoke-Tool "$Jdk/java$Exe" -Djava.awt.headless=true packaging/IconFiles.java `
        packaging/sextant.png "$Work/icons"
    if ($IsWindows) { "$Work/icons/sextant.ico" } else { "$Work/icons/sextant.icns" }
}

function Build-Installer([string]$Version, [string]$Jar, [string]$Icon) {
    $common = @(
        '--name', 'Sextant', '--app-version', $Version,
        '--vendor', $Vendor, '--description', $Description,
        '--icon', $Icon, '--license-file', 'LICENSE',
        '--input', $InputDir, '--main-jar', $Jar, '--main-class', $MainClass,
        '--runtime-image', $Runtime,
        '--java-options', '-Xmx1g', '--java-options', '-XX:G1HeapRegionSize=4m',
        '--java-options', '-XX:MetaspaceSize=64m', # as package.sh's JAVA_OPTIONS, which says why
        '--java-options', '-XX:Tier4InvocationThreshold=50000', '--java-options', '-XX:Tier4MinInvocationThreshold=6000',
        '--java-options', '-XX:Tier4CompileThreshold=150000', '--java-options', '-XX:Tier4BackEdgeThreshold=400000',
        '--dest', $InstallerDir)
    $platform = if ($IsWindows) { Get-WindowsOptions } else { Get-MacOptions }
    Remove-Item -Recurse -Force $InstallerDir -ErrorAction SilentlyContinue
    Write-Host "==> jpackage $Type Sextant $Version"
    Invoke-Tool "$Jdk/jpackage$Exe" --type $Type @common @platform
}

function Get-WindowsOptions {
    @('--win-menu', '--win-menu-group', 'Sextant', '--win-shortcut',
      '--win-dir-chooser', '--win-upgrade-uuid', $UpgradeUuid)
}

# Signing uses a "Developer ID Application" identity already in the keychain; notarizing the
# signed DMG (xcrun notarytool, then xcrun stapler) is a separate step, see README.
function Get-MacOptions {
    $options = @('--mac-package-name', 'Sextant', '--mac-package-identifier', 'dev.sextant')
    if ($env:MAC_SIGNING_IDENTITY) {
        $options += @('--mac-sign', '--mac-signing-key-user-name', $env:MAC_SIGNING_IDENTITY)
    }
    $options
}

# macOS rejects bundle versions that start with 0 (jpackage stops with "The first number in an
# app-version cannot be zero"), so a 0.y.z pre-release is packaged as 1.y.z there, and only there.
function Get-PackageVersion([string]$ProjectVersion) {
    $version = $ProjectVersion -replace '-SNAPSHOT$', ''
    if ($IsMacOS -and $version -match '^0\.') { $version = $version -replace '^0\.', '1.' }
    $version
}

$projectVersion = Get-ProjectVersion
$jar = "sextant-$projectVersion.jar"
Write-Host "==> building $jar and copying its runtime dependencies"
Build-Input $jar
Build-Runtime $jar
Test-Runtime
$icon = New-Icons
Build-Installer (Get-PackageVersion $projectVersion) $jar $icon
Get-ChildItem $InstallerDir | ForEach-Object {
    '{0} ({1:N1} MB)' -f $_.FullName, ($_.Length / 1MB)
}
