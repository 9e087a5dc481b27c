namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>The wire type of a resource property.</summary>
public enum PropertyKind
{
    String,
    Integer,
    Boolean,
}

/// <summary>What changing an input means for the cloud resource.</summary>
public enum ChangeBehaviour
{
    /// <summary>Not an input (outputs only).</summary>
    None,

    /// <summary>The interface must be replaced.</summary>
    Replace,

    /// <summary>In place through ModifyRouterInterfaceAttribute.</summary>
    ModifyAttribute,

    /// <summary>In place through ModifyRouterInterfaceSpec (and a wait for the spec change to finish).</summary>
    ModifySpec,

    /// <summary>In place; only the stack's state (and provider behaviour) changes.</summary>
    StateOnly,

    /// <summary>In place; switching it on connects the pair.</summary>
    Connect,
}

/// <summary>One property of a typed record: its name, wire type, change behaviour and accessors.</summary>
public sealed record PropertyField<TRecord>(
    string Name,
    PropertyKind Kind,
    ChangeBehaviour OnChange,
    Func<TRecord, object?> Get,
    Func<TRecord, object?, TRecord> Set)
{
    /// <summary>The value an absent input stands for when inputs are compared (null: absent is its own value).</summary>
    public object? Default { get; init; }
}
