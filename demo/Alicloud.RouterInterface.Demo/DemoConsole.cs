using System.Text;
using Spectre.Console;

namespace Alicloud.RouterInterface.Demo;

/// <summary>The console: colours and a live table on a terminal; plain, wide, line-by-line text when stdout is redirected (CI, tests).</summary>
internal static class DemoConsole
{
    public static (IAnsiConsole Console, bool Interactive) Create(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Console.OutputEncoding = Encoding.UTF8; // allowed: the demo is a console program rendering to the terminal
        var interactive = !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = options.NoColor || !interactive ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out), // allowed: the demo writes its CLI-style output to stdout
        });
        if (!interactive)
        {
            console.Profile.Width = options.PlainOutputWidth;
        }

        return (console, interactive && console.Profile.Capabilities.Ansi);
    }
}
