// *** WARNING: this file has the shape pulumi-language-dotnet generates (`pulumi package gen-sdk --language dotnet`). ***
// *** Do not edit by hand unless you're certain you know what you are doing! ***
// Kept equal to schema.json by `make sdk`: edit the two together.

using System;
using System.IO;
using System.Reflection;

namespace Pulumi.AlicloudRouterInterface;

// The helpers of the generated Utilities class (csharpUtilitiesTemplate in pulumi/pulumi-dotnet
// pulumi-language-dotnet/codegen/templates.go), including its overloads.
internal static class Utilities
{
    private static readonly string[] s_trueValues = ["1", "t", "T", "true", "TRUE", "True"];
    private static readonly string[] s_falseValues = ["0", "f", "F", "false", "FALSE", "False"];

    /// <summary>The SDK version (from the embedded version.txt), which is also the plugin version the engine loads.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The value of the first of these environment variables that is set, or null.</summary>
    public static string? GetEnv(params string[] names)
    {
        foreach (var name in names)
        {
            var value = Environment.GetEnvironmentVariable(name);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }

    public static bool? GetEnvBoolean(params string[] names)
    {
        var value = GetEnv(names);
        if (value is null)
        {
            return null;
        }

        if (Array.IndexOf(s_trueValues, value) >= 0)
        {
            return true;
        }

        return Array.IndexOf(s_falseValues, value) >= 0 ? false : null;
    }

    public static int? GetEnvInt32(params string[] names) => int.TryParse(GetEnv(names), out var value) ? value : null;

    public static double? GetEnvDouble(params string[] names) => double.TryParse(GetEnv(names), out var value) ? value : null;

    /// <summary>Pins invokes to this SDK's plugin version unless the caller chose one.</summary>
    [Obsolete("Please use WithDefaults instead")]
    public static global::Pulumi.InvokeOptions WithVersion(this global::Pulumi.InvokeOptions? options)
    {
        var result = options ?? new global::Pulumi.InvokeOptions();
        result.Version = options?.Version ?? Version;
        return result;
    }

    /// <summary>Pins invokes to this SDK's plugin version unless the caller chose one.</summary>
    public static global::Pulumi.InvokeOptions WithDefaults(this global::Pulumi.InvokeOptions? original)
    {
        var options = original ?? new global::Pulumi.InvokeOptions();
        options.Version = original?.Version ?? Version;
        return options;
    }

    /// <summary>The same for output-form invokes.</summary>
    public static global::Pulumi.InvokeOutputOptions WithDefaults(this global::Pulumi.InvokeOutputOptions? original)
    {
        var options = original ?? new global::Pulumi.InvokeOutputOptions();
        options.Version = original?.Version ?? Version;
        return options;
    }

    // version.txt holds the version, or (as pulumi-language-dotnet also accepts) the provider name and the version
    // on two lines.
    private static string ReadVersion()
    {
        var assembly = typeof(Utilities).GetTypeInfo().Assembly;
        using var stream = assembly.GetManifestResourceStream("Pulumi.AlicloudRouterInterface.version.txt")
            ?? throw new NotSupportedException("Missing embedded version.txt file");
        using var reader = new StreamReader(stream);
        var version = reader.ReadToEnd().Trim();
        var parts = version.Split('\n');
        return parts.Length == 2 ? parts[1].Trim() : version;
    }
}

/// <summary>Marks resource classes with their type token and the plugin version they need.</summary>
internal sealed class AlicloudRouterInterfaceResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
{
    public AlicloudRouterInterfaceResourceTypeAttribute(string type)
        : base(type, Utilities.Version)
    {
    }
}
