/** A labelled number input; the form reads it by `name` when the settings are applied. */
export function NumberField(props: {
  name: string;
  label: string;
  value: number;
  min: number;
  max?: number;
  step: number;
}) {
  const id = `f-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="number"
        min={props.min}
        max={props.max}
        step={props.step}
        defaultValue={String(props.value)}
      />
    </div>
  );
}

export const seconds = (ms: number) => Number((ms / 1000).toFixed(2));
