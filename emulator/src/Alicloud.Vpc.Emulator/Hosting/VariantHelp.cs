using Alicloud.Vpc.Emulator.Behaviour;

namespace Alicloud.Vpc.Emulator.Hosting;

/// <summary>The --help text of every variant: name, the unknown it plays, values, default and source.</summary>
internal static class VariantHelp
{
    public static string Text() =>
        "Variants: " + string.Join(" ", VariantCatalog.All.Select(d =>
            $"[{d.Unknown}] {d.Name} = {d.Allowed} (default {d.Strict}; lenient {d.Lenient}): {d.Question} Source: {d.Source}."));
}
