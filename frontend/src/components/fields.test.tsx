import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PasswordField } from './fields';

describe('PasswordField', () => {
  it('when first shown, then the password is masked and the toggle is an unpressed "Show password" button', () => {
    render(<PasswordField label="Password" name="password" defaultValue="s3cret" error="Too short" />);

    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAccessibleDescription('Too short');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('type', 'button');
  });

  it('when the toggle is pressed, then the password is shown and the button says it is pressed; pressed again, masked again', async () => {
    const user = userEvent.setup();
    render(<PasswordField label="Password" name="password" defaultValue="s3cret" />);
    const input = screen.getByLabelText('Password');
    const toggle = screen.getByRole('button', { name: 'Show password' });

    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveValue('s3cret');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('when the toggle is pressed inside a form, then the form is not submitted', async () => {
    const user = userEvent.setup();
    let submitted = false;
    render(
      <form onSubmit={(e) => { e.preventDefault(); submitted = true; }}>
        <PasswordField label="Password" name="password" />
      </form>,
    );

    await user.click(screen.getByRole('button', { name: 'Show password' }));

    expect(submitted).toBe(false);
  });
});
