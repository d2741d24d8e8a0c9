@echo off
rem interview-kit launcher for Windows. Runs the installation this file belongs to, from any
rem folder, with a Java 17+ runtime (JAVA_HOME or PATH). JAVA_OPTS adds JVM options.
setlocal
set "KIT_HOME=%~dp0.."
for %%I in ("%KIT_HOME%") do set "KIT_HOME=%%~fI"
if not exist "%KIT_HOME%\lib" (
  echo kit: %KIT_HOME%\lib: no such folder; unpack the whole archive 1>&2
  exit /b 70
)
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  goto :found
)
where java >nul 2>nul || (
  echo kit: no Java runtime: install Java 17 or later, or set JAVA_HOME 1>&2
  exit /b 70
)
set "JAVA=java"
:found
if defined APPDATA (set "KIT_CONFIG=%APPDATA%\interview-kit") else (set "KIT_CONFIG=%KIT_HOME%\config")
rem C1 only, serial GC, a small young generation (docs/PERFORMANCE.md); native access for the
rem record's SQLite driver, which Java 22+ warns about without it (Java 17-21 accept it too).
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m --enable-native-access=ALL-UNNAMED ^
  -Dinterviewkit.home="%KIT_HOME%" ^
  -Dinterviewkit.config="%KIT_CONFIG%" %JAVA_OPTS% -cp "%KIT_HOME%\lib\*" dev.interviewkit.cli.Main %*
exit /b %ERRORLEVEL%
