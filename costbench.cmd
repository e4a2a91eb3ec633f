@echo off
rem Runs Costbench from this checkout on Windows: finds a JDK 21 or newer, builds the application when it is
rem missing or older than its sources, then opens the window or runs the command given (see ./costbench).
rem "costbench test" runs the test suite (mvnw verify) with the same JDK.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
set REQUIRED=21
set "JDK="

if defined JAVA_HOME call :consider "%JAVA_HOME%"
if not defined JDK for /f "delims=" %%j in ('where java 2^>nul') do if not defined JDK call :consider "%%~dpj.."
for %%d in ("%ProgramFiles%\Eclipse Adoptium" "%ProgramFiles%\Java" "%ProgramFiles%\Microsoft" "%ProgramFiles%\Zulu" "%ProgramFiles%\Amazon Corretto" "%ProgramFiles%\BellSoft" "%USERPROFILE%\.jdks" "%USERPROFILE%\.sdkman\candidates\java") do (
  if not defined JDK if exist "%%~d" for /d %%h in ("%%~d\*") do if not defined JDK call :consider "%%~h"
)
if not defined JDK (
  echo costbench: needs a Java Development Kit ^(JDK^) %REQUIRED% or newer, and none was found 1>&2
  echo   ^(looked at JAVA_HOME, the java on the PATH and the usual JDK folders under Program Files^). 1>&2
  echo   Install one, e.g. "winget install EclipseAdoptium.Temurin.%REQUIRED%.JDK" or Temurin %REQUIRED% from 1>&2
  echo   https://adoptium.net, then run this command again. 1>&2
  exit /b 1
)

if "%~1"=="test" (
  set "JAVA_HOME=%JDK%"
  call "%HERE%\mvnw.cmd" -B -f "%HERE%\pom.xml" verify
  exit /b !ERRORLEVEL!
)

set "JAR=%HERE%\target\costbench.jar"
set BUILD=
if not exist "%JAR%" set BUILD=1
if not defined BUILD (
  rem sources newer than the jar mean a build first
  for /f %%t in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File '%HERE%\src\main','%HERE%\pricing-data','%HERE%\examples','%HERE%\icons','%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count"') do if not "%%t"=="0" set BUILD=1
)
if defined BUILD (
  echo costbench: building the application with the JDK in %JDK% ^(the first time takes a few minutes^)... 1>&2
  set "JAVA_HOME=%JDK%"
  call "%HERE%\mvnw.cmd" -B -q -f "%HERE%\pom.xml" package -DskipTests 1>&2 || exit /b 1
)

rem JavaFX as named modules (its platform jars), so it runs supported and loads its native code without a warning
set "FX="
for %%f in ("%HERE%\target\lib\javafx-*-win.jar") do set "FX=!FX!;%%~f"
set "JVM=--module-path "%FX:~1%" --add-modules javafx.controls,javafx.swing --enable-native-access=javafx.graphics"
rem JDK 23+ warns when JavaFX 21 uses sun.misc.Unsafe; JDK 21 and 22 do not know the option that allows it
if %FEATURE% GEQ 23 set "JVM=%JVM% --sun-misc-unsafe-memory-access=allow"
rem class data sharing: one archive for the window and one per command, kept in the user's local app data
set "USE=window"
if not "%~1"=="" (
  set "FIRST=%~1"
  if "!FIRST:~0,1!"=="-" (if /i not "!FIRST:~0,10!"=="--data-dir" set "USE=options") else (echo !FIRST!| findstr /r "^[a-z-]*$" >nul && set "USE=!FIRST!")
)
set "CACHE=%LOCALAPPDATA%\Costbench\cache"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
if exist "%CACHE%" set "JVM=%JVM% -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%CACHE%\%USE%-jdk%FEATURE%.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JDK%\bin\java.exe" %JVM% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem Takes %1 as the JDK if it has java and javac of release %REQUIRED% or newer; sets JDK and FEATURE.
:consider
if not exist "%~1\bin\java.exe" exit /b 0
if not exist "%~1\bin\javac.exe" exit /b 0
set "F="
for /f "tokens=3" %%v in ('"%~1\bin\java.exe" -version 2^>^&1 ^| findstr /i "version"') do if not defined F set "F=%%~v"
for /f "delims=.-+" %%m in ("%F%") do set "F=%%m"
if "%F%"=="1" exit /b 0
if not defined F exit /b 0
if %F% GEQ %REQUIRED% (
  for %%p in ("%~1") do set "JDK=%%~fp"
  set "FEATURE=%F%"
)
exit /b 0
