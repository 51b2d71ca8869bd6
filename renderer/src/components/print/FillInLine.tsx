/** A line of labelled blanks at the foot of a paper (填报人 ____ 日期 ____), filled where the data has a value. */
export function FillInLine({ fields }: { fields: { label: string; value?: string; numeric?: boolean }[] }) {
  return (
    <p className="paper-line filler">
      {fields.map((f) => (
        <span key={f.label}>
          {f.label}
          <span className={f.numeric ? 'fill-in nums' : 'fill-in'}>{f.value}</span>
        </span>
      ))}
    </p>
  );
}
