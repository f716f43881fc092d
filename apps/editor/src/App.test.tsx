import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App.tsx';

describe('App', () => {
  it('opens on the example map', () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: /export controls/i })).toBeInTheDocument();
  });
});
