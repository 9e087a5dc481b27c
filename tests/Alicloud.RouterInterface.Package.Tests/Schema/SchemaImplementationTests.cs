using Alicloud.RouterInterface.Resources.RouterInterface;

namespace Alicloud.RouterInterface.Package.Tests.Schema;

/// <summary>schema.json against the resource implementation's property table (RouterInterfaceFields): same names, types and replacements.</summary>
public sealed class SchemaImplementationTests
{
    private static ResourceSchema RouterInterface => PackageSchema.Repository.Resources[RouterInterfaceProperties.Token];

    [Fact]
    public void Inputs_SchemaAndImplementation_HaveTheSameNamesAndTypes()
    {
        Assert.Equal(
            RouterInterface.Inputs.Values.Select(p => (p.Name, p.Type)).OrderBy(p => p.Name, StringComparer.Ordinal),
            RouterInterfaceFields.Inputs.Select(f => (f.Name, SchemaType(f.Kind))).OrderBy(p => p.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Outputs_SchemaAndImplementation_HaveTheSameNamesAndTypes()
    {
        var implemented = RouterInterfaceFields.Inputs.Select(f => (f.Name, SchemaType(f.Kind)))
            .Concat(RouterInterfaceFields.Outputs.Select(f => (f.Name, SchemaType(f.Kind))))
            .Distinct();

        Assert.Equal(
            RouterInterface.Outputs.Values.Select(p => (p.Name, p.Type)).OrderBy(p => p.Name, StringComparer.Ordinal),
            implemented.OrderBy(p => p.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void ReplaceOnChanges_SchemaMarks_AreTheInputsTheImplementationReplacesOn()
    {
        Assert.Equal(
            RouterInterfaceFields.Inputs.Where(f => f.OnChange == ChangeBehaviour.Replace).Select(f => f.Name).Order(StringComparer.Ordinal),
            RouterInterface.Inputs.Values.Where(p => p.ReplaceOnChanges).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static string SchemaType(PropertyKind kind) => kind switch
    {
        PropertyKind.String => "string",
        PropertyKind.Integer => "integer",
        PropertyKind.Boolean => "boolean",
        PropertyKind.StringMap => "object",
        _ => kind.ToString(),
    };
}
