// The form kit: every field of the portal renders its label, hint, error and ARIA through these.
export { default as ButtonForm } from './ButtonForm.svelte';
export { default as Checkbox } from './Checkbox.svelte';
export { default as ConfirmForm } from './ConfirmForm.svelte';
export { default as ConfirmSection } from './ConfirmSection.svelte';
export { default as CheckboxGroup } from './CheckboxGroup.svelte';
export { default as DateTimeField } from './DateTimeField.svelte';
export { default as ErrorSummary } from './ErrorSummary.svelte';
export { default as Field } from './Field.svelte';
export { default as FieldError } from './FieldError.svelte';
export { default as FileField } from './FileField.svelte';
export { default as Honeypot } from './Honeypot.svelte';
export { default as MessageForm } from './MessageForm.svelte';
export { default as SearchBar } from './SearchBar.svelte';
export { default as SearchButton } from './SearchButton.svelte';
export { default as SelectField } from './SelectField.svelte';
export { default as TextArea } from './TextArea.svelte';
export { default as TextField } from './TextField.svelte';
export { default as TextFields } from './TextFields.svelte';
export { default as SubmitButton } from './SubmitButton.svelte';
export {
	choicesOf,
	fieldsOf,
	labelsOf,
	type ChoiceProps,
	type FieldProps,
	type TextFieldSpec,
	type TextKey
} from './field-props';
export { keepInput } from './keep-input';
export { takeFocus } from './take-focus';
