using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Schema;

/// <summary>What the metaschema cannot say: schema.json against the resource contract and against itself.</summary>
public sealed partial class SchemaSemanticTests
{
    private static PackageSchema Schema => PackageSchema.Repository;

    private static ResourceSchema RouterInterface => Schema.Resources[ResourceContract.RouterInterfaceToken];

    [Fact]
    public void Package_NameNamespaceAndResources_AreTheContractOnes()
    {
        Assert.Equal(ResourceContract.PackageName, Schema.Name);
        Assert.Equal("Pulumi.AlicloudRouterInterface", Schema.CSharpNamespace);
        Assert.Equal([ResourceContract.RouterInterfaceToken], Schema.Resources.Keys);
    }

    [Fact]
    public void Tokens_AllResources_AreWellFormedAndInThisPackage()
    {
        foreach (var token in Schema.Resources.Keys)
        {
            var match = TokenPattern().Match(token);
            Assert.True(match.Success, $"{token} is not <package>:<module>:<Type>");
            Assert.Equal(Schema.Name, match.Groups["package"].Value);
            Assert.NotEmpty(match.Groups["module"].Value);
            Assert.True(char.IsUpper(match.Groups["type"].Value[0]), $"{token}: the type name should be PascalCase");
        }
    }

    [Fact]
    public void RequiredInputs_All_ExistAsInputs()
    {
        Assert.All(RouterInterface.RequiredInputs, name => Assert.Contains(name, RouterInterface.Inputs.Keys));
        Assert.Equal(ResourceContract.RequiredInputs.Order(), RouterInterface.RequiredInputs.Order());
    }

    [Fact]
    public void RequiredOutputs_All_ExistAsOutputs()
    {
        Assert.All(RouterInterface.RequiredOutputs, name => Assert.Contains(name, RouterInterface.Outputs.Keys));
        Assert.All(RouterInterface.RequiredInputs, name => Assert.Contains(name, RouterInterface.RequiredOutputs));
        Assert.Contains("routerInterfaceId", RouterInterface.RequiredOutputs);
    }

    [Fact]
    public void Inputs_Every_IsAlsoAnOutputOfTheSameType()
    {
        foreach (var input in RouterInterface.Inputs.Values)
        {
            Assert.True(RouterInterface.Outputs.TryGetValue(input.Name, out var output), $"input {input.Name} is not an output");
            Assert.Equal(input.Type, output.Type);
            Assert.Equal(input.Secret, output.Secret);
            Assert.Equal(input.ReplaceOnChanges, output.ReplaceOnChanges);
        }
    }

    [Fact]
    public void Inputs_NamesAndTypes_MatchTheContract()
    {
        Assert.Equal(
            ResourceContract.Inputs.OrderBy(kv => kv.Key, StringComparer.Ordinal),
            RouterInterface.Inputs.Values.Select(p => KeyValuePair.Create(p.Name, p.Type)).OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Outputs_NamesAndTypes_AreTheInputsPlusTheContractOutputs()
    {
        var expected = ResourceContract.Inputs.Concat(ResourceContract.ComputedOutputs).OrderBy(kv => kv.Key, StringComparer.Ordinal);

        Assert.Equal(expected, RouterInterface.Outputs.Values.Select(p => KeyValuePair.Create(p.Name, p.Type)).OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void ReplaceOnChanges_MarksExactlyTheReplaceOnlyInputs()
    {
        var marked = RouterInterface.Inputs.Values.Where(p => p.ReplaceOnChanges).Select(p => p.Name).Order();

        Assert.Equal(ResourceContract.ReplaceOnlyInputs.Order(), marked);
    }

    [Fact]
    public void Defaults_ForceConnectAndFastLinkMode_AreFalse()
    {
        foreach (var name in new[] { "force", "connect", "fastLinkMode" })
        {
            var value = RouterInterface.Inputs[name].Default;
            Assert.True(value is { ValueKind: System.Text.Json.JsonValueKind.False }, $"{name} should default to false");
        }
    }

    [Fact]
    public void ConfigVariables_KeysAndEnvironmentFallbacks_MatchTheContract()
    {
        Assert.Equal(ResourceContract.ConfigEnvironment.Keys.Order(), Schema.ConfigVariables.Keys.Order());
        foreach (var (key, environment) in ResourceContract.ConfigEnvironment)
        {
            Assert.Equal(environment, Schema.ConfigVariables[key].Environment);
        }
    }

    [Fact]
    public void Credentials_InConfigAndProviderInputs_AreSecretAndNothingElseIs()
    {
        foreach (var map in new[] { Schema.ConfigVariables, Schema.ProviderInputs })
        {
            Assert.Equal(ResourceContract.SecretConfig.Order(), map.Values.Where(p => p.Secret).Select(p => p.Name).Order());
        }

        Assert.DoesNotContain(RouterInterface.Outputs.Values, p => p.Secret);
    }

    [Fact]
    public void ProviderInputs_MatchConfigVariables()
    {
        Assert.Equal(Schema.ConfigVariables.Keys.Order(), Schema.ProviderInputs.Keys.Order());
        foreach (var input in Schema.ProviderInputs.Values)
        {
            Assert.Equal(Schema.ConfigVariables[input.Name].Type, input.Type);
        }
    }

    [Fact]
    public void ConfigVariables_Descriptions_NameEveryEnvironmentFallback()
    {
        foreach (var variable in Schema.ConfigVariables.Values)
        {
            Assert.All(variable.Environment, env => Assert.Contains($"`{env}`", variable.Description, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Properties_Every_HasADescriptionAndAPrimitiveType()
    {
        var all = Schema.ConfigVariables.Values.Concat(Schema.ProviderInputs.Values)
            .Concat(Schema.Resources.Values.SelectMany(r => r.Inputs.Values.Concat(r.Outputs.Values)));

        Assert.All(all, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{p.Name} has no description");
            Assert.Contains(p.Type, new[] { "string", "integer", "boolean", "number", "object" });
        });
    }

    [Fact]
    public void Descriptions_TellWhatDeleteDoes()
    {
        Assert.Contains("next hop", RouterInterface.Inputs["force"].Description, StringComparison.Ordinal);
        Assert.Contains("pulumi destroy", RouterInterface.Inputs["instanceChargeType"].Description, StringComparison.Ordinal);
        Assert.Contains("ConnectRouterInterface", RouterInterface.Inputs["connect"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaFile_Formatting_IsTwoSpaceIndentedWithOneTrailingNewline()
    {
        var text = File.ReadAllText(RepoPaths.SchemaFile);

        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\t", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True((line.Length - line.TrimStart(' ').Length) % 2 == 0, $"odd indentation: {line}"));
        Assert.DoesNotContain("\"version\"", text, StringComparison.Ordinal);
    }

    // The metaschema's token pattern, with the parts named.
    [GeneratedRegex("^(?<package>[a-zA-Z][-a-zA-Z0-9_]*):(?<module>([^0-9][a-zA-Z0-9._/-]*)?):(?<type>[^0-9][a-zA-Z0-9._/]*)$")]
    private static partial Regex TokenPattern();
}
